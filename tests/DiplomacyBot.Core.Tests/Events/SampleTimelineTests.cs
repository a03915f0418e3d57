using DiplomacyBot.Core.Events;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Core.Tests.Events;

public sealed class SampleTimelineTests
{
    private static readonly Timeline Timeline = Timeline.Build(
        new[] { "000", "001", "002", "003", "004" }.SelectMany(p => Parsing.Sample(p).Events));

    private static int Position(Func<TimelineEvent, bool> match) =>
        Timeline.Events.Select((e, i) => (e, i)).Single(x => match(x.e)).i;

    [Fact]
    public void SampleTimeline_HoldsTheRiyadhMeetingInFebruary2025()
    {
        TimelineEvent riyadh = Timeline.Events.Single(e => e.Place == "Riyadh");

        Assert.Equal("2025-02", riyadh.DateValue);
        Assert.Equal(EventStatus.Held, riyadh.Status);
        Assert.Contains(riyadh.Mentions, m => m.ArticleId.StartsWith("002_", StringComparison.Ordinal));
    }

    [Fact]
    public void SampleTimeline_HoldsTheFirstIstanbulMeetingOn27February()
    {
        Assert.Contains(Timeline.Events, e => e.Place == "Istanbul" && e.DateValue == "2025-02-27" && e.Status == EventStatus.Held);
    }

    [Fact]
    public void SampleTimeline_HoldsTheExpertTalksInSaudiArabiaLastWeek()
    {
        TimelineEvent talks = Timeline.Events.Single(e => e.Place == "Saudi Arabia");

        Assert.Equal("2025-W17", talks.DateValue);
        Assert.Contains("Black Sea Grain", talks.Mentions[0].SentenceText, StringComparison.Ordinal);
    }

    [Fact]
    public void SecondRound_IsHeldUndatedAndBoundedByTheReports_MergedAcrossArticles()
    {
        TimelineEvent second = Timeline.Events.Single(e => e.Ordinal == 2);

        Assert.Equal(EventStatus.Held, second.Status);
        Assert.Null(second.DateValue);
        // Planned on 1 Apr; "a follow-up round in Istanbul" has been held, says the 30 Apr report.
        Assert.Equal((new DateOnly(2025, 4, 1), new DateOnly(2025, 4, 30)), (second.After!.Value, second.Before!.Value));
        Assert.Contains(second.Mentions, m => m.FollowsEarlier && m.ArticlePublished == new DateOnly(2025, 4, 30));
        Assert.Contains(second.Mentions, m => m.Status == EventStatus.Planned && m.ArticleId.StartsWith("001_", StringComparison.Ordinal));
        Assert.Contains(second.Mentions, m => m.Status == EventStatus.Held && m.ArticleId.StartsWith("003_", StringComparison.Ordinal));
    }

    [Fact]
    public void InitialTalks_InAnUndatedReport_AreTheFirstMeetingBetweenTheSameParties()
    {
        // "Building on initial talks that took place in February" comes from an undated report: no event of its own.
        Assert.DoesNotContain(Timeline.Undated, e => e.Ordinal == 1);
        TimelineEvent first = Timeline.Events.Single(e => e.Ordinal == 1);
        Assert.Equal(("2025-02-27", "Istanbul"), (first.DateValue, first.Place));
        Assert.Contains(first.Mentions, m => m.ArticlePublished is null && m.SentenceText.Contains("initial talks", StringComparison.Ordinal));
    }

    [Fact]
    public void ThirdRound_IsPlannedForAutumn2025()
    {
        TimelineEvent third = Timeline.Events.Single(e => e.Ordinal == 3);

        Assert.Equal(("2025-FA", EventStatus.Planned, "autumn 2025"), (third.DateValue, third.Status, third.DateDescription));
        Assert.Equal(2, third.Mentions.Count);
    }

    [Fact]
    public void Events_AreInChronologicalOrder()
    {
        int riyadh = Position(e => e.Place == "Riyadh");
        int firstIstanbul = Position(e => e.DateValue == "2025-02-27");
        int second = Position(e => e.Ordinal == 2);
        int third = Position(e => e.Ordinal == 3);

        Assert.True(riyadh < firstIstanbul && firstIstanbul < second && second < third, string.Join(", ", Timeline.Events.Select(e => e.Summary)));
        Assert.Equal(Timeline.Events.Select(e => e.SortKey).Order(), Timeline.Events.Select(e => e.SortKey));
    }
}
