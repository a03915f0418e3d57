using DiplomacyBot.Core.Search;
using Microsoft.Extensions.AI;

namespace DiplomacyBot.Llm.Embeddings;

/// <summary>Embeddings through the kernel's embedding generator (the OpenAI connector): one call, one request, one batch.</summary>
public sealed class KernelEmbeddingProvider(IEmbeddingGenerator<string, Embedding<float>> generator, string model) : IEmbeddingProvider
{
    public string Model => model;

    public async Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
        {
            return [];
        }

        GeneratedEmbeddings<Embedding<float>> generated = await generator.GenerateAsync(texts, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (generated.Count != texts.Count)
        {
            throw new InvalidOperationException($"the embedding model {model} returned {generated.Count} vectors for {texts.Count} texts");
        }

        return generated.Select(e => e.Vector.ToArray()).ToList();
    }
}
