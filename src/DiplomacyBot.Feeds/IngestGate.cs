using DiplomacyBot.Core.Ingestion;

namespace DiplomacyBot.Feeds;

/// <summary>
/// One ingest at a time in the process: the feed poller, the watched folder and chat commands share one store and
/// index, and an ingest reads the stored hashes once at its start. The work runs off the caller's thread.
/// </summary>
public sealed class IngestGate(IngestService ingestion) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public IngestService Ingestion => ingestion;

    public Task<IngestReport> IngestAsync(IReadOnlyList<SourceItem> items, CancellationToken cancellationToken) =>
        RunAsync(() => ingestion.Ingest(items, cancellationToken: cancellationToken), cancellationToken);

    public Task<IngestReport> IngestPathsAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken) =>
        RunAsync(() => ingestion.Ingest(paths, cancellationToken: cancellationToken), cancellationToken);

    public async Task<T> RunAsync<T>(Func<T> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await Task.Run(work, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}
