using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Search;
using DiplomacyBot.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DiplomacyBot.Llm.Retrieval;

/// <summary>
/// Finds the passages a model answers from. Several rankings of sentences are fused by reciprocal rank fusion: the
/// extractive answerer's chosen quotes (its feature reranking), BM25 over the question, BM25 over the model's search
/// terms when the question was rewritten, and cosine similarity of sentence vectors when embeddings are configured.
/// The best sentences are widened by a sentence on each side and merged into passages.
/// </summary>
public sealed class PassageRetriever(IArticleStore store, IPassageIndex index, QuestionAnalyzer analyzer, SemanticSearch? vectors = null, ILogger? logger = null)
{
    public const int Candidates = 40;

    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    /// <summary>The fused ranking of sentences, best first.</summary>
    public async Task<IReadOnlyList<SentenceKey>> RankAsync(string question, string? searchTerms, IReadOnlyList<Citation> leading, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(leading);
        var rankings = new List<IReadOnlyList<SentenceKey>>();
        if (leading.Count > 0)
        {
            rankings.Add(leading.Select(KeyOf).OfType<SentenceKey>().Distinct().ToList());
        }

        rankings.Add(Bm25(question));
        if (!string.IsNullOrWhiteSpace(searchTerms))
        {
            rankings.Add(Bm25(searchTerms));
        }

        if (vectors is not null)
        {
            try
            {
                var nearest = await vectors.NearestAsync(question, Candidates, cancellationToken).ConfigureAwait(false);
                rankings.Add(nearest.Where(n => store.Get(n.Key.ArticleId)?.ContentHash == n.ContentHash).Select(n => n.Key).ToList());
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LlmLog.VectorSkipped(_logger, ModelFailure.Describe(ex, TimeSpan.Zero));
            }
        }

        return ReciprocalRankFusion.Fuse(rankings.Where(r => r.Count > 0)).Select(f => f.Item).ToList();
    }

    /// <summary>Up to <paramref name="maxPassages"/> passages, numbered P1, P2... in rank order.</summary>
    public async Task<IReadOnlyList<Passage>> RetrieveAsync(string question, string? searchTerms, IReadOnlyList<Citation> leading, int maxPassages, CancellationToken cancellationToken)
    {
        IReadOnlyList<SentenceKey> ranked = await RankAsync(question, searchTerms, leading, cancellationToken).ConfigureAwait(false);
        var windows = new List<(Article Article, int First, int Last)>();
        var articles = new Dictionary<string, Article?>(StringComparer.Ordinal);
        foreach (SentenceKey key in ranked)
        {
            if (windows.Count == maxPassages)
            {
                break;
            }

            if (!articles.TryGetValue(key.ArticleId, out Article? article))
            {
                article = store.Get(key.ArticleId);
                articles[key.ArticleId] = article;
            }

            if (article is null || key.SentenceIndex >= article.Sentences.Count)
            {
                continue;
            }

            int first = Math.Max(0, key.SentenceIndex - 1);
            int last = Math.Min(article.Sentences.Count - 1, key.SentenceIndex + 1);
            int overlapping = windows.FindIndex(w => w.Article.Id == article.Id && w.First <= last + 1 && first <= w.Last + 1);
            if (overlapping >= 0)
            {
                var w = windows[overlapping];
                windows[overlapping] = (w.Article, Math.Min(w.First, first), Math.Max(w.Last, last));
                continue;
            }

            windows.Add((article, first, last));
        }

        return windows.Select((w, i) => new Passage($"P{i + 1}", w.Article, w.First, w.Last)).ToList();
    }

    private List<SentenceKey> Bm25(string text)
    {
        AnalyzedQuestion analyzed = analyzer.Analyze(text);
        if (analyzed.Groups.Count == 0)
        {
            return [];
        }

        return index.Search(analyzed.ToQuery(), Candidates).Hits
            .OrderByDescending(h => h.Score)
            .Select(h => new SentenceKey(h.ArticleId, h.SentenceIndex))
            .Distinct()
            .ToList();
    }

    private SentenceKey? KeyOf(Citation citation)
    {
        if (store.Get(citation.ArticleId) is not { } article)
        {
            return null;
        }

        Sentence? sentence = article.Sentences.FirstOrDefault(s => s.Start <= citation.Start && citation.Start < s.End);
        return sentence is null ? null : new SentenceKey(article.Id, sentence.Index);
    }
}
