using System.Collections.Concurrent;

namespace DiplomacyBot.Core.Chat;

/// <summary>
/// Remembers the keys of chat events (event ids, message ids, channel and timestamp) for <see cref="Ttl"/> so that a
/// platform's retries, replays and paired deliveries of one post yield one answer. Expiry follows the injected
/// <see cref="TimeProvider"/>. With a durable <see cref="ISeenEventStore"/> behind it, what was seen survives a restart.
/// </summary>
public sealed class ChatDedupe(TimeProvider time, TimeSpan ttl, ISeenEventStore? durable = null)
{
    public static readonly TimeSpan DefaultTtl = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);
    private readonly Lock sync = new();
    private DateTimeOffset nextSweep = DateTimeOffset.MinValue;

    public TimeSpan Ttl => ttl;

    public int Count => seen.Count;

    /// <summary>True the first time any of <paramref name="keys"/> is seen within the window; every key is then remembered.</summary>
    public bool FirstTime(params string?[] keys) => FirstTime(out _, keys);

    /// <summary>
    /// As <see cref="FirstTime(string?[])"/>. When the durable store cannot be asked (its database is gone), the event
    /// counts as new, so that it is answered rather than lost, and <paramref name="unclaimed"/> says why no claim was made.
    /// </summary>
    public bool FirstTime(out Exception? unclaimed, params string?[] keys)
    {
        unclaimed = null;
        ArgumentNullException.ThrowIfNull(keys);
        DateTimeOffset now = time.GetUtcNow();
        lock (sync)
        {
            Sweep(now);
            bool fresh = true;
            foreach (string? key in keys)
            {
                if (key is not null && seen.TryGetValue(key, out DateTimeOffset expires) && expires > now)
                {
                    fresh = false;
                }
            }

            foreach (string? key in keys)
            {
                if (key is not null)
                {
                    seen[key] = now + ttl;
                }
            }

            if (fresh && durable is not null)
            {
                try
                {
                    fresh = durable.Remember(keys.OfType<string>().ToList(), now, now + ttl);
                }
                catch (Exception ex) when (ex is not (OperationCanceledException or ArgumentException))
                {
                    unclaimed = ex;
                }
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
