using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Feeds.Watching;

/// <summary>
/// Runs the <see cref="FolderWatcher"/> under <c>serve</c>: a scan every <see cref="WatchFolderOptions.WatchScanSeconds"/>
/// on the injected clock, and an early one whenever the file system reports a change in the folder.
/// </summary>
public sealed partial class WatchFolderService(FolderWatcher watcher, WatchFolderOptions options, TimeProvider time, ILogger<WatchFolderService> logger) : BackgroundService
{
    private readonly SemaphoreSlim changed = new(0, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Directory.CreateDirectory(watcher.Folder);
        using var events = new FileSystemWatcher(watcher.Folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        events.Created += (_, _) => Signal();
        events.Changed += (_, _) => Signal();
        events.Renamed += (_, _) => Signal();
        Watching(logger, watcher.Folder);
        TimeSpan interval = TimeSpan.FromSeconds(options.WatchScanSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            if (await BackgroundLoop.RunPassAsync(watcher.ScanAsync, ex => ScanFailed(logger, ex), stoppingToken).ConfigureAwait(false) == PassOutcome.Stopping)
            {
                return;
            }

            try
            {
                using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                Task delay = Task.Delay(interval, time, wake.Token);
                Task signal = changed.WaitAsync(wake.Token);
                await Task.WhenAny(delay, signal).ConfigureAwait(false);
                await wake.CancelAsync().ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private void Signal()
    {
        if (changed.CurrentCount == 0)
        {
            try
            {
                changed.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already signalled.
            }
        }
    }

    public override void Dispose()
    {
        changed.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Folder} for new articles")]
    private static partial void Watching(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scanning the watched folder failed; it goes on at the next scan")]
    private static partial void ScanFailed(ILogger logger, Exception exception);
}
