using DiplomacyBot.Core;
using DiplomacyBot.Core.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DiplomacyBot.Embeddings.Onnx;

/// <summary>
/// <c>services.AddLocalEmbeddings(configuration)</c>: the "Embeddings" options and, with <c>Embeddings:Provider=local</c>,
/// the in-process model as the <see cref="EmbeddingSetup"/>, with its own similarity scale. The model loads on first
/// use, or in the background as soon as answering needs it.
/// </summary>
public static class OnnxServiceCollectionExtensions
{
    public static IServiceCollection AddLocalEmbeddings(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        EmbeddingsOptions options = configuration.BindSection<EmbeddingsOptions>(EmbeddingsOptions.Section);
        services.TryAddSingleton(options);
        if (!options.IsLocal)
        {
            return services;
        }

        services.TryAddSingleton(_ => OnnxEmbeddingProvider.Create(options, options.EffectiveModelCache));
        services.TryAddSingleton(sp =>
        {
            OnnxEmbeddingProvider provider = sp.GetRequiredService<OnnxEmbeddingProvider>();
            return new EmbeddingSetup(provider, options.BatchSize)
            {
                SimilarityScale = (provider.LocalModel.SimilarityFloor, provider.LocalModel.SimilarityFull),
                StartLoading = () => _ = Task.Run(provider.Load),
            };
        });
        return services;
    }
}
