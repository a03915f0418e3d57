using DiplomacyBot.Core.Chat;
using Microsoft.Extensions.Time.Testing;

namespace DiplomacyBot.Slack.Tests;

public sealed class ChatDedupeTests
{
    [Fact]
    public void FirstTime_SameKeyAgainWithinTenMinutes_IsDuplicate()
    {
        var time = new FakeTimeProvider();
        var cache = new ChatDedupe(time, ChatDedupe.DefaultTtl);
        Assert.True(cache.FirstTime("event:Ev1"));
        time.Advance(TimeSpan.FromMinutes(10));
        Assert.False(cache.FirstTime("event:Ev1"));
    }

    [Fact]
    public void FirstTime_AnyKeySeenBefore_IsDuplicate()
    {
        var cache = new ChatDedupe(new FakeTimeProvider(), ChatDedupe.DefaultTtl);
        Assert.True(cache.FirstTime("event:Ev1", "message:C1:1.1"));
        Assert.False(cache.FirstTime("event:Ev2", "message:C1:1.1"));
        Assert.False(cache.FirstTime("event:Ev2", "message:C1:9.9"));
    }

    [Fact]
    public void FirstTime_AfterTheTtl_IsFreshAgainAndOldEntriesAreSwept()
    {
        var time = new FakeTimeProvider();
        var cache = new ChatDedupe(time, TimeSpan.FromMinutes(15));
        Assert.True(cache.FirstTime("event:Ev1"));
        time.Advance(TimeSpan.FromMinutes(16));
        Assert.True(cache.FirstTime("event:Ev2"));
        Assert.Equal(1, cache.Count);
        Assert.True(cache.FirstTime("event:Ev1"));
    }

    [Fact]
    public void FirstTime_WhenTheSharedStoreIsDown_AnswersTheEventRatherThanLosingIt_AndSaysWhy()
    {
        var cache = new ChatDedupe(new FakeTimeProvider(), ChatDedupe.DefaultTtl, new UnreachableStore());

        Assert.True(cache.FirstTime(out Exception? unclaimed, "event:Ev1"));
        Assert.IsType<IOException>(unclaimed);
        Assert.False(cache.FirstTime(out unclaimed, "event:Ev1"));
        Assert.Null(unclaimed);
    }

    private sealed class UnreachableStore : ISeenEventStore
    {
        public bool Remember(IReadOnlyList<string> keys, DateTimeOffset now, DateTimeOffset expires) => throw new IOException("the database is not reachable");
    }

    [Fact]
    public void DefaultTtl_IsAtLeastTenMinutes() => Assert.True(ChatDedupe.DefaultTtl >= TimeSpan.FromMinutes(10));
}
