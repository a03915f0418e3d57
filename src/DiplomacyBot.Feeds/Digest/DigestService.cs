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
            PassOutcome outcome = await BackgroundLoop.RunPassAsync(runner.RunDueAsync, ex => DigestFailed(logger, ex), stoppingToken).ConfigureAwait(false);
            if (outcome == PassOutcome.Stopping)
            {
                return;
            }

            TimeSpan wait = BackgroundLoop.UntilDue(runner.NextDue(), time, MaxSleep);
            if (outcome == PassOutcome.Failed && wait < RetryAfterFailure)
            {
                wait = RetryAfterFailure;
            }

            if (!await BackgroundLoop.SleepAsync(wait, time, stoppingToken).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Posting the digest failed; it is tried again shortly")]
    private static partial void DigestFailed(ILogger logger, Exception exception);
}
