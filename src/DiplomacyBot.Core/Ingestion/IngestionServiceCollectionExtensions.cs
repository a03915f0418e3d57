using DiplomacyBot.Core.Duplicates;
using DiplomacyBot.Core.Search;
using DiplomacyBot.Core.Storage;
using DiplomacyBot.Core.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DiplomacyBot.Core.Ingestion;

/// <summary>
/// <c>services.AddDiplomacyBotIngestion(configuration)</c>: reading sources (web pages through an
/// <see cref="IHtmlArticleExtractor"/> when one is registered), parsing, near-duplicate linking, and the ingest service
/// that stores articles and indexes them.
/// </summary>
public static class IngestionServiceCollectionExtensions
{
    public static IServiceCollection AddDiplomacyBotIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSection<IngestOptions>(configuration, IngestOptions.Section);
        services.TryAddSingleton(_ =>
        {
            NearDuplicateOptions options = configuration.BindSection<NearDuplicateOptions>(NearDuplicateOptions.Section);
            return options.Failures().FirstOrDefault() is { } failure ? throw new InvalidOperationException(failure) : options;
        });
        services.TryAddSingleton<ITemporalTagger, TemporalTagger>();
        services.TryAddSingleton(sp => new ArticleParser(sp.GetRequiredService<ITemporalTagger>(), TimeProvider.System));
        services.TryAddSingleton(sp => new ArticleSourceReader(sp.GetRequiredService<IngestOptions>(), sp.GetService<IHtmlArticleExtractor>()));
        services.TryAddSingleton(sp => new IngestService(
            sp.GetRequiredService<IArticleStore>(),
            sp.GetRequiredService<IPassageIndex>(),
            sp.GetRequiredService<ArticleParser>(),
            sp.GetRequiredService<ArticleSourceReader>(),
            sp.GetRequiredService<IngestOptions>(),
            new NearDuplicateLinker(sp.GetRequiredService<INearDuplicateStore>(), sp.GetRequiredService<NearDuplicateOptions>())));
        return services;
    }
}
