using DiplomacyBot.Core.Chat;
using DiplomacyBot.Storage;
using DiplomacyBot.Testing;
using Microsoft.Extensions.Time.Testing;

namespace DiplomacyBot.Slack.Tests;

/// <summary>Dedupe that survives a restart: the cache backed by the LiteDB store's seen_events collection.</summary>
public sealed class DurableDedupeTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string Db => _temp.File("dedupe.db");

    [Fact]
    public void RetryAfterARestart_IsStillRecognised_UntilItsWindowEnds()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));
        using (var store = new LiteDbArticleStore(Db))
        {
            Assert.True(new ChatDedupe(time, TimeSpan.FromMinutes(15), store).FirstTime("Ev1", "C1:1700000001.000100"));
        }

        time.Advance(TimeSpan.FromMinutes(5));
        using (var restarted = new LiteDbArticleStore(Db))
        {
            var cache = new ChatDedupe(time, TimeSpan.FromMinutes(15), restarted);
            Assert.False(cache.FirstTime("Ev1-retry", "C1:1700000001.000100"));
            Assert.True(cache.FirstTime("Ev2", "C1:1700000002.000100"));
        }

        time.Advance(TimeSpan.FromMinutes(20));
        using (var later = new LiteDbArticleStore(Db))
        {
            ISeenEventStore seen = later;
            Assert.True(seen.Remember(["C1:1700000001.000100"], time.GetUtcNow(), time.GetUtcNow().AddMinutes(15)));
        }
    }

    public void Dispose() => _temp.Dispose();
}
