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
            PassOutcome outcome = await BackgroundLoop.RunPassAsync(
                token => poller.PollDueAsync(cancellationToken: token), ex => PollingFailed(logger, ex), stoppingToken).ConfigureAwait(false);
            if (outcome == PassOutcome.Stopping
                || !await BackgroundLoop.SleepAsync(BackgroundLoop.UntilDue(poller.NextDue(), time, IdleCheck), time, stoppingToken).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Feed polling failed; it goes on at the next check")]
    private static partial void PollingFailed(ILogger logger, Exception exception);
}
