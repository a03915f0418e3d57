using DiplomacyBot.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DiplomacyBot.Search;

/// <summary>
/// The baseline the benchmark times answering against: a plain BM25 query on the sentence index, the text's analysed
/// words as optional terms on the sentence text, the top documents read with their stored fields.
/// </summary>
internal sealed class LucenePlainSearch(LuceneSentenceIndex index) : IPlainTextSearch
{
    public int SearchPlain(string text, int limit)
    {
        if (index.CurrentSearcher() is not { } searcher)
        {
            return 0;
        }

        var query = new BooleanQuery();
        foreach (string token in index.Analyze(text).Distinct(StringComparer.Ordinal))
        {
            query.Add(new TermQuery(new Term("text", token)), Occur.SHOULD);
        }

        if (query.Clauses.Count == 0)
        {
            return 0;
        }

        TopDocs top = searcher.Search(query, limit);
        foreach (ScoreDoc scoreDoc in top.ScoreDocs)
        {
            _ = searcher.Doc(scoreDoc.Doc).Get("text");
        }

        return top.ScoreDocs.Length;
    }
}
