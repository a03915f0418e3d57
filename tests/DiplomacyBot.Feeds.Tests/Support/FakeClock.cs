using Microsoft.Extensions.Time.Testing;

namespace DiplomacyBot.Feeds.Tests.Support;

/// <summary>Drives a background service on a fake clock.</summary>
public static class FakeClock
{
    /// <summary>
    /// Moves the clock on in steps until the background work reaches a state. Stepping (rather than one jump) keeps
    /// the test independent of whether the service has already started its timer when the clock moves.
    /// </summary>
    public static async Task AdvanceUntilAsync(this FakeTimeProvider clock, TimeSpan step, Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!condition())
        {
            clock.Advance(step);
            await Task.Delay(20, timeout.Token);
        }
    }
}
