using System.Text.RegularExpressions;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Search;

namespace DiplomacyBot.Testing;

/// <summary>
/// A passage index held in memory, for answering tests on small corpora built in the test: BM25 over each sentence's
/// words (lower-cased, a plural "s" dropped), a title match counting at a third, with the same result shape as the
/// Lucene index (which groups each hit holds, each group's IDF and occurrences, sentences asked for by key).
/// </summary>
public sealed partial class MemoryPassageIndex : IPassageIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const double TitleBoost = 0.3;

    private readonly Dictionary<string, (Article Article, List<HashSet<string>> Sentences, List<int> Lengths, HashSet<string> Title)> _articles = new(StringComparer.Ordinal);

    public long Generation { get; private set; } = -1;

    public static MemoryPassageIndex Of(IEnumerable<Article> articles)
    {
        var index = new MemoryPassageIndex();
        index.Rebuild(articles, 1);
        return index;
    }

    public void Upsert(IReadOnlyList<Article> articles, IReadOnlySet<string> replaced)
    {
        foreach (string id in replaced)
        {
            _articles.Remove(id);
        }

        foreach (Article article in articles)
        {
            var sentences = article.Sentences.Select(s => Tokens(s.TextOf(article))).ToList();
            _articles[article.Id] = (article, sentences.Select(t => t.ToHashSet(StringComparer.Ordinal)).ToList(), sentences.Select(t => t.Count).ToList(), Tokens(article.Title).ToHashSet(StringComparer.Ordinal));
        }
    }

    public void Commit(long generation) => Generation = generation;

    public void Rebuild(IEnumerable<Article> articles, long generation)
    {
        _articles.Clear();
        Upsert(articles.ToList(), new HashSet<string>());
        Commit(generation);
    }

    public PassageSearchResult Search(PassageQuery query, int limit)
    {
        var docs = _articles.Values
            .Where(a => query.PublishedBy is not { } by || a.Article.Published.Value is not { } day || day <= by)
            .SelectMany(a => a.Sentences.Select((words, i) => (a.Article, Index: i, Words: words, Length: a.Lengths[i], a.Title)))
            .ToList();
        int n = Math.Max(1, docs.Count);
        double averageLength = docs.Count == 0 ? 1 : docs.Average(d => d.Length);
        var alternatives = query.Groups.Select(g => g.Terms.Select(t => (Tokens: Tokens(t.Text), t.Boost)).Where(t => t.Tokens.Count > 0).ToList()).ToList();
        int Frequency(List<string> tokens) => docs.Count(d => tokens.All(d.Words.Contains) || tokens.All(d.Title.Contains));
        var occurrences = alternatives.Select(a => a.Count == 0 ? 0 : a.Max(t => Frequency(t.Tokens))).ToList();
        var idf = alternatives.Select(a => a.Count == 0 ? 0.0 : a.Max(t => Idf(docs.Count(d => t.Tokens.All(d.Words.Contains)), n))).ToList();

        var scored = new List<PassageHit>();
        foreach (var d in docs)
        {
            double score = 0;
            ulong text = 0, title = 0;
            for (int g = 0; g < alternatives.Count && g < 64; g++)
            {
                double best = 0;
                foreach (var (tokens, boost) in alternatives[g])
                {
                    double weight = boost * query.Groups[g].Weight * Idf(docs.Count(x => tokens.All(x.Words.Contains)), n);
                    if (tokens.All(d.Words.Contains))
                    {
                        text |= 1UL << g;
                        best = Math.Max(best, weight * (K1 + 1) / (1 + (K1 * (1 - B + (B * d.Length / averageLength)))));
                    }

                    if (tokens.All(d.Title.Contains))
                    {
                        title |= 1UL << g;
                        best = Math.Max(best, weight * TitleBoost);
                    }
                }

                score += best;
            }

            bool included = query.Include.Contains(new SentenceKey(d.Article.Id, d.Index));
            if (score > 0 || included)
            {
                Sentence sentence = d.Article.Sentences[d.Index];
                scored.Add(new PassageHit(d.Article.Id, d.Index, sentence.Start, sentence.End, (float)score, text, title));
            }
        }

        var ranked = query.IncludeOnly ? [] : scored.Where(h => h.Score > 0).OrderByDescending(h => h.Score).ThenBy(h => h.ArticleId, StringComparer.Ordinal).ThenBy(h => h.SentenceIndex).Take(limit)
            .Select((h, i) => h with { Bm25Rank = i + 1 }).ToList();
        var keys = ranked.Select(h => h.Key).ToHashSet();
        var extra = scored.Where(h => query.Include.Contains(h.Key) && !keys.Contains(h.Key));
        return new PassageSearchResult([.. ranked, .. extra], idf, docs.Count) { GroupOccurrences = occurrences };
    }

    public void Dispose()
    {
    }

    private static double Idf(int frequency, int documents) => Math.Log(1 + ((documents - frequency + 0.5) / (frequency + 0.5)));

    private static List<string> Tokens(string text) => Word().Matches(text)
        .Select(m => m.Value.ToLowerInvariant())
        .Select(w => w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w)
        .ToList();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
