using Microsoft.Extensions.Time.Testing;

namespace DiplomacyBot.Slack.Tests;

public sealed class DedupeCacheTests
{
    [Fact]
    public void FirstTime_SameKeyAgainWithinTenMinutes_IsDuplicate()
    {
        var time = new FakeTimeProvider();
        var cache = new DedupeCache(time, DedupeCache.DefaultTtl);
        Assert.True(cache.FirstTime("event:Ev1"));
        time.Advance(TimeSpan.FromMinutes(10));
        Assert.False(cache.FirstTime("event:Ev1"));
    }

    [Fact]
    public void FirstTime_AnyKeySeenBefore_IsDuplicate()
    {
        var cache = new DedupeCache(new FakeTimeProvider(), DedupeCache.DefaultTtl);
        Assert.True(cache.FirstTime("event:Ev1", "message:C1:1.1"));
        Assert.False(cache.FirstTime("event:Ev2", "message:C1:1.1"));
        Assert.False(cache.FirstTime("event:Ev2", "message:C1:9.9"));
    }

    [Fact]
    public void FirstTime_AfterTheTtl_IsFreshAgainAndOldEntriesAreSwept()
    {
        var time = new FakeTimeProvider();
        var cache = new DedupeCache(time, TimeSpan.FromMinutes(15));
        Assert.True(cache.FirstTime("event:Ev1"));
        time.Advance(TimeSpan.FromMinutes(16));
        Assert.True(cache.FirstTime("event:Ev2"));
        Assert.Equal(1, cache.Count);
        Assert.True(cache.FirstTime("event:Ev1"));
    }

    [Fact]
    public void DefaultTtl_IsAtLeastTenMinutes() => Assert.True(DedupeCache.DefaultTtl >= TimeSpan.FromMinutes(10));
}
