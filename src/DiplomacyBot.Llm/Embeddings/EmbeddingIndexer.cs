using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Search;
using DiplomacyBot.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DiplomacyBot.Llm.Embeddings;

/// <summary>
/// Embeds the sentences that have no vector yet for the configured model, in batches, saving each batch in its own
/// transaction: an interrupted run keeps what it finished, and the next run sends only what is still missing.
/// Vectors of articles that changed since (another content hash) or were removed are dropped first.
/// </summary>
public sealed class EmbeddingIndexer(IArticleStore articles, IEmbeddingStore embeddings, IEmbeddingProvider provider, int batchSize, ILogger? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    public async Task<EmbeddingReport> EmbedMissingAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        string model = provider.Model;
        var stored = embeddings.Keys(model);
        IReadOnlyDictionary<string, string> hashes = articles.ContentHashes();
        var stale = stored.Where(kv => !hashes.TryGetValue(kv.Key.ArticleId, out string? hash) || hash != kv.Value).Select(kv => kv.Key).ToList();
        int removed = stale.Count > 0 ? embeddings.Remove(model, stale) : 0;

        int embedded = 0;
        int batches = 0;
        var pending = new List<(Article Article, Sentence Sentence)>(batchSize);
        foreach (Article article in articles.All())
        {
            foreach (Sentence sentence in article.Sentences)
            {
                if (stored.TryGetValue((article.Id, sentence.Index), out string? hash) && hash == article.ContentHash)
                {
                    continue;
                }

                pending.Add((article, sentence));
                if (pending.Count == batchSize)
                {
                    embedded += await FlushAsync(pending, model, cancellationToken).ConfigureAwait(false);
                    batches++;
                    progress?.Report(embedded);
                }
            }
        }

        if (pending.Count > 0)
        {
            embedded += await FlushAsync(pending, model, cancellationToken).ConfigureAwait(false);
            batches++;
            progress?.Report(embedded);
        }

        int total = embeddings.Count(model);
        if (embedded > 0 || removed > 0)
        {
            LlmLog.Embedded(_logger, embedded, batches, model, total);
        }

        return new EmbeddingReport(model, embedded, batches, removed, total);
    }

    private async Task<int> FlushAsync(List<(Article Article, Sentence Sentence)> pending, string model, CancellationToken cancellationToken)
    {
        var texts = pending.Select(p => p.Sentence.TextOf(p.Article)).ToList();
        IReadOnlyList<float[]> vectors = await provider.EmbedAsync(texts, cancellationToken).ConfigureAwait(false);
        var batch = pending.Select((p, i) => new SentenceEmbedding(p.Article.Id, p.Sentence.Index, model, p.Article.ContentHash, vectors[i])).ToList();
        embeddings.Save(batch);
        int count = pending.Count;
        pending.Clear();
        return count;
    }
}
