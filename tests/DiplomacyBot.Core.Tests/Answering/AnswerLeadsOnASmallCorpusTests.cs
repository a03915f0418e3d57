using DiplomacyBot.Core.Answering;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// What the lead states: the whole span when a date is given as one ("May 14-15"), and for "which ...?" a sentence
/// that names the thing asked for rather than one that only restates the question. Searched in memory on a small
/// corpus of reports built here.
/// </summary>
public sealed class AnswerLeadsOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("r1", "2024-04-22", "Leaders to meet in Ottawa",
            "The two prime ministers are scheduled to meet May 14-15 in Ottawa to discuss river pollution."),
        ("r2", "2024-04-23", "Coastal beacons need work",
            "A historic lighthouse on the northern coast is riddled with rust and badly in need of repairs, engineers said. The Kvitholmen lighthouse was built in 1868 and guards the harbour entrance."),
        ("r3", "2024-04-26", "Water board meets",
            "The water board will hold its hearings from June 3 to 5 in Winnipeg."),
        ("r4", "2024-03-10", "Second round of river talks held",
            "The second round of river talks was held in Regina on March 8. Both sides agreed to hold a third round in the summer."),
        ("r5", "2024-04-02", "King invited to Helsinki",
            "Officials said the invitation to King Harald to visit Helsinki in June was still on the table."));

    [Fact]
    public async Task ADateGivenAsASpan_LeadsAsTheWholeSpan()
    {
        Answer answer = await Corpus.AskAsync("when are the prime ministers meeting in ottawa");

        Assert.False(answer.Abstained);
        Assert.StartsWith("May 14-15 (14 May 2024 to 15 May 2024)", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASpanWrittenWithTo_LeadsAsTheWholeSpan()
    {
        Answer answer = await Corpus.AskAsync("when does the water board hold its hearings?");

        Assert.False(answer.Abstained);
        Assert.StartsWith("June 3 to 5", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWhichQuestion_LeadsWithTheSentenceThatNamesTheThing()
    {
        Answer answer = await Corpus.AskAsync("which lighthouse is riddled with rust?");

        Assert.False(answer.Abstained);
        Assert.True(answer.Lead.Contains("Kvitholmen", StringComparison.Ordinal), answer.Lead);
    }

    [Fact]
    public async Task WhenANumberedEventTookPlace_WhileTheReportsOnlyExpectIt_IsNotReportedYet()
    {
        Answer planned = await Corpus.AskAsync("when did the third round of river talks take place?");
        Answer held = await Corpus.AskAsync("when was the second round of river talks held?");

        Assert.True(planned.Abstained);
        Assert.Equal(AnswerOutcome.NotYetReported, planned.Outcome);
        Assert.StartsWith("Not reported yet", planned.Lead, StringComparison.Ordinal);
        Assert.False(held.Abstained);
        Assert.Contains("March 8", held.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenSomethingWasDone_WhileTheReportsOnlyInviteIt_IsNotReportedYet()
    {
        Answer answer = await Corpus.AskAsync("When did King Harald visit Helsinki?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains("invitation", answer.Lead, StringComparison.Ordinal);
    }
}
