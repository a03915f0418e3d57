using DiplomacyBot.Core.Chat;
using DiplomacyBot.Core.Search;
using DiplomacyBot.Feeds;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Hosting;

/// <summary>
/// Watches the store while <c>serve</c> runs, every <c>Storage:CheckSeconds</c>: <c>/readyz</c> reports it ("store"),
/// not ready while it does not answer (a lost database connection) and ready again once it does; and when the store's
/// generation has moved past the search index's (another replica ingested), the index catches up from the store's
/// change log without a rebuild, taking turns with this process's own ingests.
/// </summary>
public sealed partial class StoreWatch(BotContext context, ChatReadiness readiness, IServiceProvider services, ILogger<StoreWatch> logger)
    : PeriodicCheck(TimeSpan.FromSeconds(Math.Max(1, context.Storage.CheckSeconds)))
{
    public const string Component = "store";

    private bool? wasReady;

    /// <summary>The store was just opened: its first report is made before <c>serve</c> starts listening.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        string? problem = context.Store.Unavailable();
        readiness.Set(Component, problem is null, problem ?? "ready");
        return base.StartAsync(cancellationToken);
    }

    protected override async Task CheckAsync(CancellationToken cancellationToken)
    {
        string? problem = await Task.Run(context.Store.Unavailable, cancellationToken).ConfigureAwait(false);
        readiness.Set(Component, problem is null, problem ?? "ready");
        if (problem is not null && wasReady is not false)
        {
            Lost(logger, problem);
        }
        else if (problem is null && wasReady is false)
        {
            Back(logger);
        }

        wasReady = problem is null;
        if (problem is null)
        {
            await CatchUpAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    protected override void Failed(string reason) => CatchUpFailed(logger, reason);

    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        long generation = context.Store.Generation;
        if (context.Index.Generation == generation)
        {
            return;
        }

        int? indexed = services.GetService<IngestGate>() is { } gate
            ? await gate.RunAsync(() => CatchUp(), cancellationToken).ConfigureAwait(false)
            : await Task.Run(CatchUp, cancellationToken).ConfigureAwait(false);
        if (indexed is > 0)
        {
            CaughtUp(logger, indexed.Value, context.Index.Generation);
        }
    }

    /// <summary>Under the ingest gate the generation is read again: an ingest of this process may have just committed.</summary>
    private int? CatchUp()
    {
        long generation = context.Store.Generation;
        return context.Index.Generation == generation ? 0 : IndexMaintenance.CatchUp(context.Store, context.Index, generation);
    }

    [LoggerMessage(1, LogLevel.Warning, "The store is not ready: {Problem}")]
    private static partial void Lost(ILogger logger, string problem);

    [LoggerMessage(2, LogLevel.Information, "The store answers again")]
    private static partial void Back(ILogger logger);

    [LoggerMessage(3, LogLevel.Information, "The search index caught up with {Articles} articles stored by another process (generation {Generation})")]
    private static partial void CaughtUp(ILogger logger, int articles, long generation);

    [LoggerMessage(4, LogLevel.Warning, "Catching the search index up with the store failed ({Reason}); it is tried again at the next check")]
    private static partial void CatchUpFailed(ILogger logger, string reason);
}
