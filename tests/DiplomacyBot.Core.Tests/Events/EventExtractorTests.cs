using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Events;
using DiplomacyBot.Core.Ingestion;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Core.Tests.Events;

public sealed class EventExtractorTests
{
    private static IReadOnlyList<EventMention> Extract(string body, string published = "2025-03-10") =>
        Parsing.Parser.Parse(new RawArticle { Source = "t", Id = "t", Title = "Talks", Text = body, Published = DateOnly.Parse(published) }).Events;

    [Fact]
    public void PlannedRound_WithOrdinalPlaceAndRelativeDate()
    {
        EventMention m = Assert.Single(Extract("The two sides will hold a second round of talks in Geneva next month."));

        Assert.Equal(EventKind.Round, m.Kind);
        Assert.Equal(2, m.Ordinal);
        Assert.Equal("Geneva", m.Place);
        Assert.Equal("2025-04", m.DateValue);
        Assert.Equal(EventStatus.Planned, m.Status);
    }

    [Fact]
    public void HeldMeeting_WithExactDateAndParticipants()
    {
        EventMention m = Assert.Single(Extract("On February 27, Russian and US delegations met in Vienna to discuss embassies."));

        Assert.Equal(EventKind.Meeting, m.Kind);
        Assert.Equal("2025-02-27", m.DateValue);
        Assert.Equal("Vienna", m.Place);
        Assert.Equal(EventStatus.Held, m.Status);
        Assert.Equal(["Russia", "United States"], m.Participants);
    }

    [Fact]
    public void EllipticalOrdinal_IsARound()
    {
        EventMention m = Assert.Single(Extract("We agreed to hold a third this fall.", "2025-09-28"));

        Assert.Equal((EventKind.Round, 3, "2025-FA", EventStatus.Planned), (m.Kind, m.Ordinal, m.DateValue, m.Status));
    }

    [Theory]
    [InlineData("Officials held a follow-up round in Istanbul.", true)]
    [InlineData("Officials held a subsequent meeting in Istanbul.", true)]
    [InlineData("Officials held a round in Istanbul.", false)]
    [InlineData("Officials held a second round in Istanbul.", false)]
    public void AFollowUpWithoutANumber_SaysItCameAfterAnEarlierOne(string text, bool follows)
    {
        EventMention m = Assert.Single(Extract(text));

        Assert.Equal(("Istanbul", follows), (m.Place, m.FollowsEarlier));
    }

    [Fact]
    public void ARoundOfTalks_IsOnePhrase_DatedFromItsEnd()
    {
        EventMention m = Assert.Single(Extract("The second round of fisheries talks will be held in Reykjavik on April 10.", "2024-03-20"));

        Assert.Equal((2, "2024-04-10", EventStatus.Planned), (m.Ordinal, m.DateValue, m.Status));
    }

    [Theory]
    [InlineData("Cod quotas were left for a third round.")]
    [InlineData("The question was deferred to a third round.")]
    [InlineData("Visas were put off until a third round.")]
    public void WhatIsLeftForALaterRound_IsPlanned_NotHeld(string text)
    {
        EventMention m = Assert.Single(Extract(text, "2024-04-12"));

        Assert.Equal((3, EventStatus.Planned), (m.Ordinal, m.Status));
    }

    [Fact]
    public void CountOfHeldRounds_IsRecordedAsABound()
    {
        EventMention m = Assert.Single(Extract("We have already had three rounds."));

        Assert.Equal(3, m.HeldCount);
        Assert.Equal(EventStatus.Held, m.Status);
    }

    [Theory]
    [InlineData("Negotiations continue between the parties.")]
    [InlineData("Prices may fall next week as supply grows.")]
    [InlineData("Several rounds of talks have been held.")]
    [InlineData("Lavrov stated that both sides agreed to remove barriers.")]
    public void UnanchoredOrNonEventText_YieldsNoMention(string body)
    {
        Assert.Empty(Extract(body));
    }

    [Fact]
    public void TwoClauses_YieldTwoMentions()
    {
        var mentions = Extract("A meeting took place in Istanbul, and now a second meeting is being prepared.");

        Assert.Equal(2, mentions.Count);
        Assert.Equal(("Istanbul", EventStatus.Held), (mentions[0].Place, mentions[0].Status));
        Assert.Equal((2, EventStatus.Planned), (mentions[1].Ordinal, mentions[1].Status));
    }

    [Fact]
    public void DateIntroducedBySince_IsNotTheEventsDate()
    {
        EventMention m = Assert.Single(Extract("Since January, officials have met in Oslo."));

        Assert.Null(m.DateValue);
        Assert.Equal("Oslo", m.Place);
    }
}
