using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: "since when ...?" asks when something still going on began, so it is answered by a
/// time before the report, not by the day the report speaks of; "when will ...?" of the same report is answered by that day.
/// </summary>
public sealed class AnswerSinceWhenOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("k1", "2024-06-01", "Kroll bakers to vote on offer",
            "Kroll Foods bakers in Denver will vote tonight on ending the strike they began on May 8."));

    [Fact]
    public async Task SinceWhen_IsAnsweredByTheStart()
    {
        Answer answer = await Corpus.AskAsync("since when has the kroll bakers strike in denver been going on?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("May 8", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenWill_IsAnsweredByTheDayAhead()
    {
        Answer answer = await Corpus.AskAsync("when will the kroll bakers in denver vote?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Tonight", answer.Lead, StringComparison.Ordinal);
    }
}
