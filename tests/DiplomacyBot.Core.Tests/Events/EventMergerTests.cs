using DiplomacyBot.Core.Events;

namespace DiplomacyBot.Core.Tests.Events;

public sealed class EventMergerTests
{
    private static EventMention Mention(string article, string published, EventStatus status, int? ordinal = null, string? place = null, string? date = null, int? heldCount = null, EventKind kind = EventKind.Round) => new()
    {
        ArticleId = article,
        SentenceIndex = 0,
        Kind = kind,
        Ordinal = ordinal,
        Place = place,
        DateValue = date,
        Status = status,
        HeldCount = heldCount,
        ArticlePublished = published.Length == 0 ? null : DateOnly.Parse(published),
        SentenceText = "text",
    };

    [Fact]
    public void AFollowUpAtAPlace_JoinsTheLaterEventThere_NotTheFirst()
    {
        var events = EventMerger.Merge(
        [
            Mention("a", "2025-04-01", EventStatus.Held, place: "Istanbul", date: "2025-02-27", kind: EventKind.Meeting),
            Mention("a", "2025-04-01", EventStatus.Planned, ordinal: 2, place: "Istanbul"),
            Mention("b", "2025-04-30", EventStatus.Held, place: "Istanbul") with { FollowsEarlier = true },
            Mention("c", "2025-09-28", EventStatus.Held, heldCount: 2),
        ]);

        TimelineEvent second = Assert.Single(events, e => e.Ordinal == 2);
        Assert.Equal((new DateOnly(2025, 4, 1), new DateOnly(2025, 4, 30)), (second.After, second.Before));
        Assert.Single(events.Single(e => e.DateValue == "2025-02-27").Mentions);
    }

    [Fact]
    public void APlaceOnlyMention_ThatDoesNotSayItFollowed_StaysOutOfTwoCandidates()
    {
        var events = EventMerger.Merge(
        [
            Mention("a", "2025-04-01", EventStatus.Held, place: "Istanbul", date: "2025-02-27", kind: EventKind.Meeting),
            Mention("a", "2025-04-01", EventStatus.Planned, ordinal: 2, place: "Istanbul"),
            Mention("b", "2025-04-30", EventStatus.Held, place: "Istanbul"),
        ]);

        Assert.Equal(2, events.Count);
        Assert.Equal(1, events.Sum(e => e.Mentions.Count(m => m.ArticleId == "a" && m.Ordinal is null)));
        Assert.DoesNotContain(events.SelectMany(e => e.Mentions), m => m.ArticleId == "b");
    }

    [Fact]
    public void UndatedInitialTalks_JoinTheEarliestDatedMeetingOfTheSameParties_OnlyWhenTheyShareOne()
    {
        EventMention initial = Mention("u", "", EventStatus.Held, ordinal: 1, kind: EventKind.Talks) with { Participants = ["Russia"] };
        EventMention riyadh = Mention("a", "2025-04-30", EventStatus.Held, place: "Riyadh", date: "2025-02", kind: EventKind.Meeting) with { Participants = ["Ukraine"] };
        EventMention istanbul = Mention("b", "2025-04-01", EventStatus.Held, place: "Istanbul", date: "2025-02-27", kind: EventKind.Meeting) with { Participants = ["Russia", "United States"] };

        var events = EventMerger.Merge([initial, riyadh, istanbul]);

        Assert.Equal(2, events.Count);
        TimelineEvent first = Assert.Single(events, e => e.Ordinal == 1);
        Assert.Equal("2025-02-27", first.DateValue);
        Assert.Contains(initial, first.Mentions);

        var alone = EventMerger.Merge([initial with { Participants = ["France"] }, riyadh, istanbul]);
        Assert.Equal(3, alone.Count);
    }

    [Fact]
    public void PlannedThenHeld_MergeIntoOneHeldEventBoundedByTheReports()
    {
        var events = EventMerger.Merge(
        [
            Mention("a", "2025-04-01", EventStatus.Planned, ordinal: 2, place: "Istanbul"),
            Mention("b", "", EventStatus.Held, ordinal: 2, place: "Istanbul", date: "XXXX-WXX-4"),
            Mention("c", "2025-09-28", EventStatus.Held, heldCount: 2),
        ]);

        TimelineEvent e = Assert.Single(events);
        Assert.Equal(EventStatus.Held, e.Status);
        Assert.Null(e.DateValue);
        Assert.Equal(new DateOnly(2025, 4, 1), e.After);
        Assert.Equal(new DateOnly(2025, 9, 28), e.Before);
        Assert.Equal(2, e.Mentions.Count);
        Assert.Equal("date unknown; between 1 Apr 2025 and 28 Sep 2025", e.DateDescription);
    }

    [Fact]
    public void ConflictingDates_StayVisible_AndTheLatestMostPreciseReportLeads()
    {
        var events = EventMerger.Merge(
        [
            Mention("a", "2025-03-01", EventStatus.Planned, ordinal: 3, date: "2025-03-20"),
            Mention("b", "2025-03-02", EventStatus.Planned, ordinal: 3, date: "2025-03"),
            Mention("c", "2025-03-25", EventStatus.Held, ordinal: 3, date: "2025-03-24"),
        ]);

        TimelineEvent e = Assert.Single(events);
        Assert.Equal("2025-03-24", e.DateValue);
        Assert.Equal(["2025-03-20"], e.ConflictingDates);
        Assert.Equal(3, e.Mentions.Count);
    }

    [Fact]
    public void DifferentOrdinals_OrPlaces_AreDifferentEvents()
    {
        var events = EventMerger.Merge(
        [
            Mention("a", "2025-04-01", EventStatus.Held, ordinal: 1, place: "Istanbul"),
            Mention("b", "2025-04-02", EventStatus.Held, ordinal: 2, place: "Istanbul"),
            Mention("c", "2025-04-03", EventStatus.Held, date: "2025-02", place: "Riyadh", kind: EventKind.Meeting),
            Mention("d", "2025-04-04", EventStatus.Held, date: "2025-02", place: "Geneva", kind: EventKind.Meeting),
        ]);

        Assert.Equal(4, events.Count);
    }

    [Fact]
    public void MentionWithOnlyAPlace_JoinsTheOneEventThere()
    {
        var events = EventMerger.Merge(
        [
            Mention("a", "2025-04-30", EventStatus.Held, date: "2025-02", place: "Riyadh", kind: EventKind.Meeting),
            Mention("b", "", EventStatus.Held, place: "Riyadh", kind: EventKind.Talks),
        ]);

        TimelineEvent e = Assert.Single(events);
        Assert.Equal(2, e.Mentions.Count);
        Assert.Equal("2025-02", e.DateValue);
    }

    [Fact]
    public void SameOrdinal_YearsApart_IsNotTheSameEvent()
    {
        var events = EventMerger.Merge(
        [
            Mention("a", "1987-03-01", EventStatus.Held, ordinal: 2),
            Mention("b", "2025-03-01", EventStatus.Held, ordinal: 2),
        ]);

        Assert.Equal(2, events.Count);
    }

    [Theory]
    [InlineData("2025-02-27", "27 Feb 2025")]
    [InlineData("2025-04", "Apr 2025")]
    [InlineData("2025-FA", "autumn 2025")]
    [InlineData("2025", "2025")]
    public void EventDate_IsShownAtItsPrecision(string value, string expected)
    {
        TimelineEvent e = Assert.Single(EventMerger.Merge([Mention("a", "2025-09-28", EventStatus.Planned, ordinal: 3, date: value)]));

        Assert.Equal(expected, e.DateDescription);
    }
}
