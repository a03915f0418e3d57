using System.Collections.Concurrent;
using DiplomacyBot.Core.Chat;

namespace DiplomacyBot.Discord;

/// <summary>
/// Remembers message and interaction ids for <see cref="Ttl"/> so that an event delivered twice (a resume that
/// replays what was already handled, a retried interaction) yields one answer. With a durable
/// <see cref="ISeenEventStore"/> behind it, what was seen survives a restart.
/// </summary>
public sealed class DiscordDedupe(TimeProvider time, TimeSpan ttl, ISeenEventStore? durable = null)
{
    public static readonly TimeSpan DefaultTtl = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);
    private readonly Lock sync = new();
    private DateTimeOffset nextSweep = DateTimeOffset.MinValue;

    public int Count => seen.Count;

    /// <summary>True the first time <paramref name="key"/> is seen within the window; it is then remembered.</summary>
    public bool FirstTime(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        DateTimeOffset now = time.GetUtcNow();
        lock (sync)
        {
            Sweep(now);
            bool fresh = !(seen.TryGetValue(key, out DateTimeOffset expires) && expires > now);
            seen[key] = now + ttl;
            if (fresh && durable is not null)
            {
                fresh = durable.Remember([key], now, now + ttl);
            }

            return fresh;
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        if (now < nextSweep)
        {
            return;
        }

        foreach (var (key, expires) in seen)
        {
            if (expires <= now)
            {
                seen.TryRemove(key, out _);
            }
        }

        nextSweep = now + TimeSpan.FromMinutes(1);
    }
}
