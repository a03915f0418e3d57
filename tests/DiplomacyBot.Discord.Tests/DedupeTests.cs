using DiplomacyBot.Core.Chat;
using DiplomacyBot.Storage;
using DiplomacyBot.Testing;
using Microsoft.Extensions.Time.Testing;

namespace DiplomacyBot.Discord.Tests;

public sealed class DedupeTests : IDisposable
{
    private readonly TempFolder temp = new();

    private string Db => temp.File("dedupe.db");

    [Fact]
    public void FirstTime_WithinTheWindow_IsDuplicate_AndFreshAfterIt()
    {
        var time = new FakeTimeProvider();
        var dedupe = new ChatDedupe(time, ChatDedupe.DefaultTtl);
        Assert.True(dedupe.FirstTime("discord:message:1"));
        time.Advance(TimeSpan.FromMinutes(10));
        Assert.False(dedupe.FirstTime("discord:message:1"));
        Assert.True(dedupe.FirstTime("discord:message:2"));
        time.Advance(TimeSpan.FromMinutes(16));
        Assert.True(dedupe.FirstTime("discord:message:3"));
        Assert.Equal(1, dedupe.Count);
    }

    [Fact]
    public void AnEventSeenBeforeARestart_IsStillRecognised()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));
        using (var store = new LiteDbArticleStore(Db))
        {
            Assert.True(new ChatDedupe(time, ChatDedupe.DefaultTtl, store).FirstTime("discord:interaction:9"));
        }

        time.Advance(TimeSpan.FromMinutes(5));
        using (var restarted = new LiteDbArticleStore(Db))
        {
            var dedupe = new ChatDedupe(time, ChatDedupe.DefaultTtl, restarted);
            Assert.False(dedupe.FirstTime("discord:interaction:9"));
            Assert.True(dedupe.FirstTime("discord:interaction:10"));
        }
    }

    public void Dispose() => temp.Dispose();
}
