using System.Globalization;
using System.Net.Http.Headers;

namespace DiplomacyBot.Discord;

/// <summary>
/// Discord's REST rate limits, learned from the response headers. Each route (method, path template and major
/// parameter) maps to the bucket named by <c>X-RateLimit-Bucket</c>; a bucket with <c>X-RateLimit-Remaining: 0</c>
/// holds its next request until <c>X-RateLimit-Reset-After</c> has passed (measured on the local clock, so clock skew
/// does not matter). A 429 pauses its bucket, or (when global) every request but interaction responses, for <c>retry_after</c>. Requests
/// that end in 401, 403 or 429 (except shared-scope 429s) are counted over ten minutes: past
/// <see cref="InvalidRequestBudget"/>, a tenth of Discord's 10,000, the client refuses to send rather than risk a ban.
/// </summary>
public sealed class DiscordRateLimiter(TimeProvider time)
{
    public const int InvalidRequestBudget = 1000;
    public static readonly TimeSpan InvalidRequestWindow = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(5);

    private readonly Lock sync = new();
    private readonly Dictionary<string, string> bucketOfRoute = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Bucket> buckets = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> invalid = new();
    private DateTimeOffset globalUntil = DateTimeOffset.MinValue;

    public int InvalidRequests
    {
        get
        {
            lock (sync)
            {
                Expire(time.GetUtcNow());
                return invalid.Count;
            }
        }
    }

    /// <summary>Waits until a request on <paramref name="route"/> may go out, and reserves it.</summary>
    public async Task WaitTurnAsync(string route, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (sync)
            {
                DateTimeOffset now = time.GetUtcNow();
                Expire(now);
                if (invalid.Count >= InvalidRequestBudget)
                {
                    throw new DiscordApiException($"Discord: {invalid.Count} refused requests in the last ten minutes; not sending more until that falls (Discord bans clients past 10,000)");
                }

                wait = TimeSpan.Zero;
                if (globalUntil > now && !IsInteractionRoute(route))
                {
                    wait = globalUntil - now;
                }
                else if (bucketOfRoute.TryGetValue(route, out string? key) && buckets.TryGetValue(key, out Bucket? bucket) && bucket.ResetAt > now)
                {
                    if (bucket.Remaining <= 0)
                    {
                        wait = bucket.ResetAt - now;
                    }
                    else
                    {
                        bucket.Remaining--;
                    }
                }

                if (wait <= TimeSpan.Zero)
                {
                    return;
                }
            }

            await Task.Delay(wait > MaxWait ? MaxWait : wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Learns from a response's headers (and a 429's body); returns how long to wait before retrying a 429.</summary>
    public TimeSpan Observe(string route, int status, HttpResponseHeaders headers, RetryInfo? retry = null)
    {
        ArgumentNullException.ThrowIfNull(headers);
        lock (sync)
        {
            DateTimeOffset now = time.GetUtcNow();
            string? scope = Header(headers, "X-RateLimit-Scope");
            if (status is 401 or 403 || (status == 429 && scope != "shared"))
            {
                invalid.Enqueue(now);
            }

            string? bucketName = Header(headers, "X-RateLimit-Bucket");
            Bucket? bucket = null;
            if (bucketName is not null)
            {
                string key = bucketName + "|" + Major(route);
                bucketOfRoute[route] = key;
                if (!buckets.TryGetValue(key, out bucket))
                {
                    bucket = new Bucket();
                    buckets[key] = bucket;
                }

                if (Seconds(Header(headers, "X-RateLimit-Reset-After")) is { } resetAfter)
                {
                    bucket.ResetAt = now + resetAfter;
                }

                if (int.TryParse(Header(headers, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int remaining))
                {
                    bucket.Remaining = remaining;
                }
            }

            if (status != 429)
            {
                return TimeSpan.Zero;
            }

            TimeSpan wait = retry?.RetryAfter
                ?? Seconds(Header(headers, "Retry-After"))
                ?? TimeSpan.FromSeconds(1);
            wait = wait < TimeSpan.Zero ? TimeSpan.Zero : wait > MaxWait ? MaxWait : wait;
            bool global = retry?.Global == true || Header(headers, "X-RateLimit-Global") is "true" or "True" || scope == "global";
            if (global)
            {
                globalUntil = now + wait;
            }
            else if (bucket is not null)
            {
                bucket.Remaining = 0;
                bucket.ResetAt = now + wait;
            }

            return wait;
        }
    }

    /// <summary>Interaction callbacks and their webhooks are exempt from the global limit, so a deferral is never held past Discord's 3 s.</summary>
    public static bool IsInteractionRoute(string route) =>
        route.StartsWith("POST /interactions/", StringComparison.Ordinal) || route.Contains(" /webhooks/", StringComparison.Ordinal);

    private static string Major(string route) => route[(route.IndexOf('|', StringComparison.Ordinal) + 1)..];

    private void Expire(DateTimeOffset now)
    {
        while (invalid.Count > 0 && invalid.Peek() <= now - InvalidRequestWindow)
        {
            invalid.Dequeue();
        }
    }

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out IEnumerable<string>? values) ? values.FirstOrDefault() : null;

    private static TimeSpan? Seconds(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) && double.IsFinite(seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;

    /// <summary>What a 429's JSON body says: <c>retry_after</c> in seconds and whether the limit is global.</summary>
    public sealed record RetryInfo(TimeSpan? RetryAfter, bool Global);

    private sealed class Bucket
    {
        public int Remaining { get; set; } = 1;

        public DateTimeOffset ResetAt { get; set; } = DateTimeOffset.MinValue;
    }
}
