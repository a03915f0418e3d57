using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Feeds.Feeds;

/// <summary>
/// Polls the subscribed feeds under <c>serve</c>: whatever is due, then a sleep until the next feed is due (at most
/// <see cref="IdleCheck"/>, so feeds added from the command line are seen). Time comes from the injected
/// <see cref="TimeProvider"/>, so tests drive the schedule without waiting.
/// </summary>
public sealed partial class FeedPollingService(FeedPoller poller, TimeProvider time, ILogger<FeedPollingService> logger) : BackgroundService
{
    public static readonly TimeSpan IdleCheck = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await poller.PollDueAsync(cancellationToken: stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                PollingFailed(logger, ex);
            }

            TimeSpan wait = IdleCheck;
            if (poller.NextDue() is { } due)
            {
                TimeSpan until = due - time.GetUtcNow();
                wait = until < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : until < IdleCheck ? until : IdleCheck;
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

    // A background loop must outlive any one failure (a store error, a defect in one feed's handling).
    [LoggerMessage(Level = LogLevel.Error, Message = "Feed polling failed; it goes on at the next check")]
    private static partial void PollingFailed(ILogger logger, Exception exception);
}
