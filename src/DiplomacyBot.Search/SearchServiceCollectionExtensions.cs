using DiplomacyBot.Core;
using DiplomacyBot.Core.Search;
using DiplomacyBot.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DiplomacyBot.Search;

/// <summary>
/// <c>services.AddDiplomacyBotSearch(configuration)</c>: the Lucene index of the store's sentences and, when an
/// <see cref="EmbeddingSetup"/> is registered, the vector index of its model; both derived from the store, opened when
/// first needed, and kept where <see cref="SearchPaths"/> says.
/// </summary>
public static class SearchServiceCollectionExtensions
{
    public static IServiceCollection AddDiplomacyBotSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSection<SearchOptions>(configuration, SearchOptions.Section);
        services.TryAddSingleton(sp => SearchPaths.For(sp.GetRequiredService<SearchOptions>(), sp.GetRequiredService<StoreFile>()));
        services.TryAddSingleton(sp => new LuceneSentenceIndex(sp.GetRequiredService<SearchPaths>().Index));
        services.TryAddSingleton<IPassageIndex>(sp => sp.GetRequiredService<LuceneSentenceIndex>());
        services.TryAddSingleton<IPlainTextSearch>(sp => new LucenePlainSearch(sp.GetRequiredService<LuceneSentenceIndex>()));
        services.TryAddSingleton<IVectorIndex>(sp =>
        {
            if (sp.GetService<EmbeddingSetup>() is not { } setup)
            {
                return null!;
            }

            string vectors = Passages.Key(setup.Provider.Model);
            return new FileVectorIndex(FileVectorIndex.PathFor(sp.GetRequiredService<SearchPaths>().VectorBase, vectors), vectors);
        });
        return services;
    }
}
