namespace DiplomacyBot.Slack;

/// <summary>Capped exponential backoff with jitter for reconnecting: attempt n waits a random time in [½, 1] × min(cap, base × 2ⁿ).</summary>
public sealed record ReconnectPolicy(TimeSpan BaseDelay, TimeSpan MaxDelay, TimeSpan HelloTimeout)
{
    public static ReconnectPolicy Default { get; } = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10));

    public TimeSpan Delay(int attempt, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        double capped = Math.Min(MaxDelay.TotalMilliseconds, BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 20)));
        return TimeSpan.FromMilliseconds(capped * (0.5 + (random.NextDouble() * 0.5)));
    }
}
