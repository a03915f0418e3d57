using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Feeds.Digest;

/// <summary>Runs the <see cref="DigestRunner"/> under <c>serve</c>: posts what is due, then sleeps on the injected clock until the next digest.</summary>
public sealed partial class DigestService(DigestRunner runner, TimeProvider time, ILogger<DigestService> logger) : BackgroundService
{
    /// <summary>The longest single sleep, so a changed clock or a long schedule is re-read now and then.</summary>
    public static readonly TimeSpan MaxSleep = TimeSpan.FromHours(1);

    /// <summary>How long a failed digest waits before it is tried again.</summary>
    public static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            bool failed = false;
            try
            {
                await runner.RunDueAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A background loop must outlive any one failure (the chat platform down, a store error); the digest is retried.
                DigestFailed(logger, ex);
                failed = true;
            }

            TimeSpan wait = MaxSleep;
            if (runner.NextDue() is { } due)
            {
                TimeSpan until = due - time.GetUtcNow();
                wait = until < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : until < MaxSleep ? until : MaxSleep;
            }

            if (failed && wait < RetryAfterFailure)
            {
                wait = RetryAfterFailure;
            }

            try
            {
                await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Posting the digest failed; it is tried again shortly")]
    private static partial void DigestFailed(ILogger logger, Exception exception);
}
