using System.Text.RegularExpressions;
using DiplomacyBot.Core.Search;
using DiplomacyBot.Core.Storage;

namespace DiplomacyBot.Core.Answering;

/// <summary>
/// The baseline the real answerer is measured against: the question's words as a plain BM25 query, the top sentence as
/// the answer, no expansion, no reranking, no events; it abstains only when nothing matches.
/// </summary>
public sealed partial class Bm25BaselineAnswerer(IArticleStore store, IPassageIndex index) : IAnswerer
{
    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    /// <summary>The answer, found without waiting on anything: BM25 over the index and the store.</summary>
    public Answer Ask(string question, DateOnly? asOf = null)
    {
        var groups = Word().Matches(question).Select(m => m.Value.ToLowerInvariant()).Distinct()
            .Select(w => new TermGroup(w, [new WeightedTerm(w, 1f)], 1f)).Take(64).ToList();
        PassageHit? top = groups.Count == 0 ? null : index.Search(new PassageQuery(groups) { PublishedBy = asOf }, 1).Hits.FirstOrDefault();
        if (top is null || store.Get(top.ArticleId) is not { } article || top.SentenceIndex >= article.Sentences.Count)
        {
            return new Answer(question, "No match.", true, []);
        }

        Citation citation = Citation.From(article, article.Sentences[top.SentenceIndex], top.Score);
        return new Answer(question, citation.Quote, false, QuoteVerifier.IsVerbatim(article, citation) ? [citation] : []);
    }

    public Task<Answer> AskAsync(string question, DateOnly? asOf = null, CancellationToken cancellationToken = default) =>
        cancellationToken.IsCancellationRequested ? Task.FromCanceled<Answer>(cancellationToken) : Task.FromResult(Ask(question, asOf));
}
