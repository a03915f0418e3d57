namespace DiplomacyBot.Discord;

/// <summary>
/// Capped exponential backoff with jitter for the gateway: attempt n waits a random time in [½, 1] × min(cap, base × 2ⁿ).
/// <see cref="HelloTimeout"/> bounds the wait for Hello on a new socket.
/// </summary>
public sealed record DiscordReconnectPolicy(TimeSpan BaseDelay, TimeSpan MaxDelay, TimeSpan HelloTimeout)
{
    public static DiscordReconnectPolicy Default { get; } = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(20));

    public TimeSpan Delay(int attempt, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        double capped = Math.Min(MaxDelay.TotalMilliseconds, BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempt, 0, 20)));
        return TimeSpan.FromMilliseconds(capped * (0.5 + (random.NextDouble() * 0.5)));
    }
}
