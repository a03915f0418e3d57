using DiplomacyBot.Core.Search;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Hosting;

/// <summary>
/// The embedding stage while <c>serve</c> runs: whatever has no vectors yet (articles stored before, or ingested since
/// by feeds, the watched folder, an admin command or another process) is embedded in the background, checked every
/// <c>Embeddings:CheckSeconds</c> and only when the store has changed. Questions are answered meanwhile, with the
/// vectors there are. A failed run is logged and tried again at the next check.
/// </summary>
public sealed partial class BackgroundEmbedding(BotContext context, ILogger<BackgroundEmbedding> logger)
    : PeriodicCheck(TimeSpan.FromSeconds(Math.Max(1, context.EmbeddingsOptions.CheckSeconds)))
{
    private long seen = -1;
    private long embeddedVersion = -1;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        context.Embedder is null ? Task.CompletedTask : base.ExecuteAsync(stoppingToken);

    protected override async Task CheckAsync(CancellationToken cancellationToken)
    {
        EmbeddingIndexer embedder = context.Embedder!;
        long generation = context.Store.Generation;
        if (generation == seen && context.EmbeddingStore.Version(embedder.Model) == embeddedVersion)
        {
            return;
        }

        if (embedder.Missing() > 0)
        {
            EmbeddingReport report = await Task.Run(() => embedder.EmbedMissingAsync(null, cancellationToken), cancellationToken).ConfigureAwait(false);
            Embedded(logger, report.Embedded, report.Model, report.Stored, report.SentencesPerSecond);
            FreedMemory.Release();
        }

        seen = generation;
        embeddedVersion = context.EmbeddingStore.Version(embedder.Model);
    }

    protected override void Failed(string reason) => Failed(logger, reason);

    [LoggerMessage(1, LogLevel.Information, "Embedded {Sentences} sentences with {Model} in the background ({PerSecond:0}/s); {Stored} stored")]
    private static partial void Embedded(ILogger logger, int sentences, string model, int stored, double perSecond);

    [LoggerMessage(2, LogLevel.Warning, "Background embedding stopped ({Reason}); it is tried again at the next check")]
    private static partial void Failed(ILogger logger, string reason);
}
