using System.Numerics.Tensors;
using DiplomacyBot.Core.Search;
using DiplomacyBot.Core.Storage;

namespace DiplomacyBot.Llm.Retrieval;

/// <summary>
/// Nearest sentences by cosine similarity (System.Numerics.Tensors) over the stored vectors of one model, held in one
/// contiguous block. Vectors of articles that changed since they were embedded are left out. Loaded on first use;
/// <see cref="Invalidate"/> after embedding more.
/// </summary>
public sealed class VectorSearch(IEmbeddingStore embeddings, IArticleStore articles, IEmbeddingProvider provider)
{
    private readonly Lock gate = new();
    private Matrix? matrix;

    public string Model => provider.Model;

    public int Count => Load().Keys.Count;

    public void Invalidate()
    {
        lock (gate)
        {
            matrix = null;
        }
    }

    public async Task<IReadOnlyList<(SentenceKey Key, float Similarity)>> SearchAsync(string text, int limit, CancellationToken cancellationToken)
    {
        Matrix m = Load();
        if (m.Keys.Count == 0 || limit <= 0)
        {
            return [];
        }

        IReadOnlyList<float[]> query = await provider.EmbedAsync([text], cancellationToken).ConfigureAwait(false);
        float[] q = query[0];
        if (q.Length != m.Dimensions)
        {
            throw new InvalidOperationException($"the embedding model {provider.Model} returned {q.Length} dimensions, but the stored vectors have {m.Dimensions}");
        }

        var best = new PriorityQueue<int, float>(limit + 1);
        for (int row = 0; row < m.Keys.Count; row++)
        {
            float similarity = TensorPrimitives.CosineSimilarity(q, m.Values.AsSpan(row * m.Dimensions, m.Dimensions));
            if (float.IsNaN(similarity))
            {
                continue;
            }

            best.Enqueue(row, similarity);
            if (best.Count > limit)
            {
                best.Dequeue();
            }
        }

        var found = new List<(SentenceKey, float)>(best.Count);
        while (best.TryDequeue(out int row, out float similarity))
        {
            found.Add((m.Keys[row], similarity));
        }

        found.Reverse();
        return found;
    }

    private Matrix Load()
    {
        lock (gate)
        {
            if (matrix is not null)
            {
                return matrix;
            }

            IReadOnlyDictionary<string, string> hashes = articles.ContentHashes();
            var keys = new List<SentenceKey>();
            var values = new List<float>();
            int dimensions = 0;
            foreach (SentenceEmbedding e in embeddings.All(provider.Model))
            {
                if (!hashes.TryGetValue(e.ArticleId, out string? hash) || hash != e.ContentHash || e.Vector.Length == 0)
                {
                    continue;
                }

                dimensions = dimensions == 0 ? e.Vector.Length : dimensions;
                if (e.Vector.Length != dimensions)
                {
                    continue;
                }

                keys.Add(new SentenceKey(e.ArticleId, e.SentenceIndex));
                values.AddRange(e.Vector);
            }

            matrix = new Matrix(keys, values.ToArray(), dimensions);
            return matrix;
        }
    }

    private sealed record Matrix(IReadOnlyList<SentenceKey> Keys, float[] Values, int Dimensions);
}
