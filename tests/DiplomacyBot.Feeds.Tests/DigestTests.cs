using DiplomacyBot.Core.Chat;
using DiplomacyBot.Core.Ingestion;
using DiplomacyBot.Feeds.Digest;
using DiplomacyBot.Feeds.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace DiplomacyBot.Feeds.Tests;

public sealed class DigestTests : IDisposable
{
    private const string First =
        "Russia, US agree to a third round of talks\n\nMOSCOW, Sept 28, 2025 (Reuters) - Russia and the United States agreed on Sunday to hold a third round of talks on embassy operations in Istanbul next month, the foreign ministry said.\n\nThe two previous rounds were held in Istanbul in February and April.\n";

    private const string Second =
        "Embassy talks: visa backlog discussed\n\nVIENNA, Sept 30, 2025 (Reuters) - Diplomats said on Tuesday that the visa backlog would be on the agenda for the coming weeks, without giving a date for any meeting.\n\nBoth sides have complained about delays.\n";

    private readonly TestBot bot = new();
    private readonly RecordingPlatform slack = new();
    private readonly DigestOptions options = new()
    {
        Enabled = true,
        Schedule = "0 8 * * *",
        TimeZone = "UTC",
        Channels = [new DigestChannel { Platform = "slack", Channel = "C0DIGEST" }],
    };

    public void Dispose() => bot.Dispose();

    private DigestRunner Runner() => new(bot.Store, bot.Store, [slack], Microsoft.Extensions.Options.Options.Create(options), bot.Clock, NullLogger<DigestRunner>.Instance);

    /// <summary>A runner as each replica sharing the store has one: digests are posted under a lease.</summary>
    private DigestRunner Replica() => new(bot.Store, bot.Store, [slack], Microsoft.Extensions.Options.Options.Create(options), bot.Clock, NullLogger<DigestRunner>.Instance, bot.Store);

    private void Ingest(string id, string text) =>
        Assert.Equal(0, bot.Ingestion.Ingest([SourceItem.Of(new RawArticle { Source = id + ".txt", Id = id, Text = text })]).Failed);

    [Fact]
    public async Task Digest_PostsNewArticlesAndEvents_OnSchedule_AndRecordsWhenItRan()
    {
        DigestRunner runner = Runner();
        Assert.Equal(0, await runner.RunDueAsync(CancellationToken.None));
        Assert.Equal(bot.Clock.GetUtcNow(), runner.LastDigest(options.Channels[0]));

        bot.Clock.Advance(TimeSpan.FromMinutes(5));
        Ingest("first", First);
        Assert.Equal(new DateTimeOffset(2025, 10, 1, 8, 0, 0, TimeSpan.Zero), runner.NextDue());
        bot.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await runner.RunDueAsync(CancellationToken.None));

        bot.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await runner.RunDueAsync(CancellationToken.None));
        var (address, reply) = Assert.Single(slack.Posts);
        Assert.Equal(("slack", "C0DIGEST", (string?)null), (address.Platform, address.Channel, address.Thread));
        Assert.StartsWith("Digest since 1 Oct 2025 06:00 UTC: 1 new article, ", reply.Lead, StringComparison.Ordinal);
        Assert.Contains(reply.Items, i => i.Heading.StartsWith("New article: Russia, US agree to a third round of talks", StringComparison.Ordinal));
        ChatItem ev = Assert.Single(reply.Items, i => i.Heading.StartsWith("New event:", StringComparison.Ordinal) && i.Heading.Contains("third", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("third round of talks", Assert.Single(ev.Quotes).Text, StringComparison.Ordinal);
        Assert.Equal(bot.Clock.GetUtcNow(), runner.LastDigest(options.Channels[0]));
        Assert.Equal(0, await runner.RunDueAsync(CancellationToken.None));

        bot.Clock.Advance(TimeSpan.FromHours(3));
        Ingest("second", Second);
        bot.Clock.Advance(TimeSpan.FromHours(21));
        Assert.Equal(1, await Runner().RunDueAsync(CancellationToken.None));
        ChatReply next = slack.Posts[^1].Reply;
        Assert.StartsWith("Digest since 1 Oct 2025 08:05 UTC: 1 new article", next.Lead, StringComparison.Ordinal);
        Assert.DoesNotContain(next.Items, i => i.Heading.Contains("third round of talks", StringComparison.Ordinal) && i.Heading.StartsWith("New article", StringComparison.Ordinal));

        bot.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await runner.RunDueAsync(CancellationToken.None));
        Assert.Equal(2, slack.Posts.Count);
        Assert.Equal(bot.Clock.GetUtcNow(), runner.LastDigest(options.Channels[0]));
    }

    [Fact]
    public async Task Digest_DueOnSeveralReplicas_IsPostedOnce_AndNotWhileAnotherHoldsItsLease()
    {
        options.PostWhenEmpty = true;
        await Replica().RunDueAsync(CancellationToken.None);
        bot.Clock.Advance(TimeSpan.FromHours(3));
        Assert.True(bot.Store.TryAcquireLease("digest:" + options.Channels[0].Key, "another-replica", bot.Clock.GetUtcNow(), DigestRunner.LeaseTime));

        Assert.Equal(0, await Replica().RunDueAsync(CancellationToken.None));
        Assert.Empty(slack.Posts);

        bot.Store.ReleaseLease("digest:" + options.Channels[0].Key, "another-replica");
        DigestRunner one = Replica(), two = Replica();
        Assert.Equal(1, await one.RunDueAsync(CancellationToken.None));
        Assert.Equal(0, await two.RunDueAsync(CancellationToken.None));
        Assert.Single(slack.Posts);
    }

    [Fact]
    public async Task Digest_MissedWhileDown_IsPostedAtStart_AndAnEmptyDayPostsOnlyWhenAsked()
    {
        options.PostWhenEmpty = true;
        await Runner().RunDueAsync(CancellationToken.None);
        bot.Clock.Advance(TimeSpan.FromDays(3));

        Assert.Equal(1, await Runner().RunDueAsync(CancellationToken.None));
        Assert.Equal("Digest: no new articles or events since 1 Oct 2025 06:00 UTC.", Assert.Single(slack.Posts).Reply.Lead);
    }

    [Fact]
    public async Task Digest_ForAPlatformThatIsNotEnabled_PostsNothing()
    {
        options.Channels = [new DigestChannel { Platform = "discord", Channel = "123" }];
        await Runner().RunDueAsync(CancellationToken.None);
        Ingest("first", First);
        bot.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(0, await Runner().RunDueAsync(CancellationToken.None));
        Assert.Empty(slack.Posts);
    }

    [Fact]
    public void Options_BadScheduleZoneOrChannels_AreNamedByKey()
    {
        var bad = new DigestOptions { Enabled = true, Schedule = "every morning", TimeZone = "Mars/Olympus", Channels = [new DigestChannel { Platform = "slack" }] };

        var failures = bad.Failures().ToList();

        Assert.Contains(failures, f => f.StartsWith("Digest:Schedule 'every morning' is not a cron expression", StringComparison.Ordinal));
        Assert.Contains("Digest:TimeZone 'Mars/Olympus' is not a known time zone (e.g. UTC, Europe/Berlin)", failures);
        Assert.Contains("Digest:Channels:0:Channel is required (the channel id)", failures);
        Assert.Empty(new DigestOptions().Failures());
    }

    [Fact]
    public async Task DigestService_PostsWhenTheFakeClockReachesTheSchedule()
    {
        await Runner().RunDueAsync(CancellationToken.None);
        bot.Clock.Advance(TimeSpan.FromMinutes(1));
        Ingest("first", First);
        var service = new DigestService(Runner(), bot.Clock, NullLogger<DigestService>.Instance);
        await service.StartAsync(CancellationToken.None);
        try
        {
            await bot.Clock.AdvanceUntilAsync(TimeSpan.FromMinutes(5), () => slack.Posts.Count > 0);
            Assert.True(bot.Clock.GetUtcNow() >= new DateTimeOffset(2025, 10, 1, 8, 0, 0, TimeSpan.Zero));
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }

        Assert.Single(slack.Posts);
    }
}
