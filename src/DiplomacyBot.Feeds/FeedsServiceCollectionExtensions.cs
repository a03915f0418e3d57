using DiplomacyBot.Core;
using DiplomacyBot.Core.Chat;
using DiplomacyBot.Core.Ingestion;
using DiplomacyBot.Core.Storage;
using DiplomacyBot.Feeds.Admin;
using DiplomacyBot.Feeds.Digest;
using DiplomacyBot.Feeds.Feeds;
using DiplomacyBot.Feeds.Html;
using DiplomacyBot.Feeds.Watching;
using DiplomacyBot.Feeds.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiplomacyBot.Feeds;

/// <summary>
/// Wires keeping the store fresh under <c>serve</c>: page fetching, feed polling, the watched folder, scheduled
/// digests and the admin chat commands. Expects the host to have registered the store's services
/// (<see cref="IngestService"/>, <see cref="IArticleStore"/>, the feed and state stores, the index and parser).
/// </summary>
public static class FeedsServiceCollectionExtensions
{
    public static IServiceCollection AddFeeds(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedSection<FeedsOptions>(configuration, FeedsOptions.Section, o => o.Failures());
        services.AddValidatedSection<WatchFolderOptions>(configuration, WatchFolderOptions.Section, o => o.Failures());
        services.AddValidatedSection<DigestOptions>(configuration, DigestOptions.Section, o => o.Failures());
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection(AdminOptions.Section));

        services.TryAddSingleton(TimeProvider.System);
        services.AddHtmlArticleExtractor();
        services.TryAddSingleton(sp => WebFetcherFactory.Create(sp.GetRequiredService<IOptions<FeedsOptions>>().Value, sp.GetService<TimeProvider>()));
        services.TryAddSingleton<IngestGate>();
        services.TryAddSingleton<WebPageIngestor>();
        services.TryAddSingleton<FeedPoller>();
        services.TryAddSingleton<IAdminCommands, AdminCommands>();
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<AdminOptions>>().Value);

        if (configuration.GetValue($"{FeedsOptions.Section}:{nameof(FeedsOptions.Enabled)}", true))
        {
            services.AddHostedService<FeedPollingService>();
        }

        if (!string.IsNullOrWhiteSpace(configuration[$"{WatchFolderOptions.Section}:{nameof(WatchFolderOptions.WatchFolder)}"]))
        {
            services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<WatchFolderOptions>>().Value);
            services.TryAddSingleton(sp =>
            {
                WatchFolderOptions o = sp.GetRequiredService<WatchFolderOptions>();
                return new FolderWatcher(
                    o.WatchFolder,
                    sp.GetRequiredService<IngestGate>().Ingestion.Reader,
                    sp.GetRequiredService<IngestGate>(),
                    sp.GetRequiredService<IBotStateStore>(),
                    sp.GetRequiredService<TimeProvider>(),
                    TimeSpan.FromSeconds(o.WatchSettleSeconds),
                    sp.GetRequiredService<ILoggerFactory>().CreateLogger<FolderWatcher>());
            });
            services.AddHostedService<WatchFolderService>();
        }

        if (configuration.GetValue<bool>($"{DigestOptions.Section}:{nameof(DigestOptions.Enabled)}"))
        {
            services.TryAddSingleton<DigestRunner>();
            services.AddHostedService<DigestService>();
        }

        return services;
    }

    /// <summary>Web pages read as articles by <see cref="HtmlArticleExtractor"/>, for ingest from the command line as for feeds.</summary>
    public static IServiceCollection AddHtmlArticleExtractor(this IServiceCollection services)
    {
        services.TryAddSingleton<IHtmlArticleExtractor, HtmlArticleExtractor>();
        return services;
    }
}
