using System.Collections.Concurrent;

namespace DiplomacyBot.Slack;

/// <summary>Spaces posts to one channel at least <c>interval</c> apart (Slack allows about one message per second per channel).</summary>
public sealed class ChannelPacer(TimeSpan interval, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> next = new(StringComparer.Ordinal);
    private readonly Lock sync = new();

    public async Task WaitTurnAsync(string channel, CancellationToken cancellationToken)
    {
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        TimeSpan wait;
        lock (sync)
        {
            DateTimeOffset now = time.GetUtcNow();
            DateTimeOffset turn = next.TryGetValue(channel, out DateTimeOffset t) && t > now ? t : now;
            next[channel] = turn + interval;
            wait = turn - now;
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
