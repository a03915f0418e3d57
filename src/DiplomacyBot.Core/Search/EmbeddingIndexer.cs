using System.Diagnostics;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Storage;

namespace DiplomacyBot.Core.Search;

/// <summary>
/// The embedding stage of ingestion: embeds the sentences of every article that has no vectors yet under the
/// provider's model (or whose vectors were made from an earlier version of it), in batches of whole articles holding
/// about <c>batchSize</c> sentences (each provider call at most that many). Each batch is saved in its own transaction and added to the vector index, so an interrupted run keeps what it finished and the next run embeds
/// only what is still missing. Vectors of articles that changed since (another content hash) are dropped first.
/// </summary>
public sealed class EmbeddingIndexer(IArticleStore articles, IEmbeddingStore embeddings, IVectorIndex? index, IEmbeddingProvider provider, int batchSize)
{
    /// <summary>Articles read from the store at a time while collecting a batch.</summary>
    private const int ReadAhead = 256;

    private readonly SemaphoreSlim _running = new(1, 1);

    /// <summary>The name the vectors are stored under: the model's, with the form of what is embedded (<see cref="Passages"/>).</summary>
    public string Model => Passages.Key(provider.Model);

    /// <summary>How many stored articles have no current vectors: what a run would embed.</summary>
    public int Missing()
    {
        var stored = embeddings.ContentHashes(Model);
        return articles.EnumerateContentHashes().Count(kv => !stored.TryGetValue(kv.Key, out string? hash) || hash != kv.Value);
    }

    /// <summary>Embeds what is missing. One run at a time: a second caller waits for the first.</summary>
    public async Task<EmbeddingReport> EmbedMissingAsync(IProgress<EmbeddingProgress>? progress, CancellationToken cancellationToken)
    {
        await _running.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await RunAsync(progress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _running.Release();
        }
    }

    private async Task<EmbeddingReport> RunAsync(IProgress<EmbeddingProgress>? progress, CancellationToken cancellationToken)
    {
        long started = Stopwatch.GetTimestamp();
        string model = Model;
        if (index is not null)
        {
            // What is added below goes into an index that already holds everything stored before (a run killed
            // after saving some batches, or another process, left the index behind the store).
            VectorIndexMaintenance.EnsureFresh(embeddings, index, model);
        }
        var stored = embeddings.ContentHashes(model);
        var current = articles.ContentHashes();
        var stale = stored.Where(kv => !current.TryGetValue(kv.Key, out string? hash) || hash != kv.Value).Select(kv => kv.Key).ToList();
        int removed = 0;
        if (stale.Count > 0)
        {
            removed = embeddings.Remove(model, stale);
            if (index is not null)
            {
                VectorIndexMaintenance.Apply(embeddings, index, model, version => index.Remove(stale, version));
            }
        }

        var pendingIds = current.Where(kv => !stored.TryGetValue(kv.Key, out string? hash) || hash != kv.Value).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();
        int embedded = 0, batches = 0, articlesDone = 0;
        var batch = new List<Article>();
        int batchSentences = 0;
        progress?.Report(new EmbeddingProgress(0, pendingIds.Count, 0));
        foreach (string[] chunk in pendingIds.Chunk(ReadAhead))
        {
            var loaded = articles.GetMany(chunk);
            foreach (string id in chunk)
            {
                if (!loaded.TryGetValue(id, out Article? article))
                {
                    continue;
                }

                batch.Add(article);
                batchSentences += article.Sentences.Count;
                if (batchSentences >= batchSize)
                {
                    (int sentences, int calls) = await FlushAsync(batch, model, cancellationToken).ConfigureAwait(false);
                    embedded += sentences;
                    batches += calls;
                    articlesDone += batch.Count;
                    batch.Clear();
                    batchSentences = 0;
                    progress?.Report(new EmbeddingProgress(articlesDone, pendingIds.Count, embedded));
                }
            }
        }

        if (batch.Count > 0)
        {
            (int sentences, int calls) = await FlushAsync(batch, model, cancellationToken).ConfigureAwait(false);
            embedded += sentences;
            batches += calls;
            articlesDone += batch.Count;
            progress?.Report(new EmbeddingProgress(articlesDone, pendingIds.Count, embedded));
        }

        if (index is not null && (embedded > 0 || removed > 0))
        {
            index.Commit(embeddings.Version(model));
        }

        return new EmbeddingReport(model, embedded, batches, removed, embeddings.Count(model), Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Embeds and saves one batch of articles; returns the sentences saved and the calls made to the model.</summary>
    private async Task<(int Sentences, int Calls)> FlushAsync(List<Article> batch, string model, CancellationToken cancellationToken)
    {
        // Identical sentences (wire boilerplate, repeated quotes) are embedded once per batch.
        var texts = new List<string>();
        var slot = new Dictionary<string, int>(StringComparer.Ordinal);
        var slots = new List<int[]>(batch.Count);
        foreach (Article article in batch)
        {
            var of = new int[article.Sentences.Count];
            for (int i = 0; i < of.Length; i++)
            {
                string text = Passages.Text(article, article.Sentences[i]);
                if (!slot.TryGetValue(text, out int at))
                {
                    at = texts.Count;
                    slot[text] = at;
                    texts.Add(text);
                }

                of[i] = at;
            }

            slots.Add(of);
        }

        // At most batchSize texts per call: a remote model's requests stay within the size asked for.
        var vectors = new List<float[]>(texts.Count);
        int calls = 0;
        foreach (string[] chunk in texts.Chunk(batchSize))
        {
            calls++;
            IReadOnlyList<float[]> some = await provider.EmbedAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (some.Count != chunk.Length)
            {
                throw new InvalidOperationException($"the embedding model {model} returned {some.Count} vectors for {chunk.Length} texts");
            }

            vectors.AddRange(some);
        }

        var saved = batch.Select((article, a) => ArticleVectors.Quantize(article.Id, model, article.ContentHash, slots[a].Select(i => vectors[i]).ToList())).ToList();
        cancellationToken.ThrowIfCancellationRequested();
        embeddings.Save(saved);
        if (index is not null)
        {
            VectorIndexMaintenance.Apply(embeddings, index, model, version => index.Upsert(saved, version));
        }

        return (saved.Sum(v => v.Count), calls);
    }
}

/// <summary>How far an embedding run is: articles done of those it found missing, and sentences embedded.</summary>
public readonly record struct EmbeddingProgress(int ArticlesDone, int ArticlesTotal, int Sentences);
