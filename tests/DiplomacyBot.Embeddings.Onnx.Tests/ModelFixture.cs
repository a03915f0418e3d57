using DiplomacyBot.Embeddings.Onnx;

namespace DiplomacyBot.Embeddings.Onnx.Tests;

/// <summary>Each local model, loaded once for the tests that share it.</summary>
public sealed class ModelFixture : IDisposable
{
    private readonly Dictionary<string, OnnxEmbeddingProvider> _providers = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public OnnxEmbeddingProvider For(string model)
    {
        lock (_gate)
        {
            if (!_providers.TryGetValue(model, out OnnxEmbeddingProvider? provider))
            {
                provider = new OnnxEmbeddingProvider(LocalModel.Find(model)!, threads: 2);
                _providers[model] = provider;
            }

            return provider;
        }
    }

    public void Dispose()
    {
        foreach (OnnxEmbeddingProvider provider in _providers.Values)
        {
            provider.Dispose();
        }
    }
}
