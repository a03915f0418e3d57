using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: a report that says no date was set for what is asked answers so, over another date
/// the same report gives; a report that gives the date answers with it.
/// </summary>
public sealed class AnswerWhenNoDateWasGivenOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("w1", "1987-04-06", "Nordby and Varga to resume charter talks",
            "Nordby Lines and Varga agreed to resume talks on the Osprey charter, but no date has been set for the talks, the company said. "
            + "The two sides last held talks on the charter on April 2 in Oslo."),
        ("w2", "1987-04-08", "Lund ferry contract talks",
            "Berg Ferries said talks on the Lund ferry contract would resume on May 12 in Geneva."));

    [Fact]
    public async Task AReportThatSaysNoDateWasSet_AnswersSo_OverAnotherDateItGives()
    {
        Answer answer = await Corpus.AskAsync("when will nordby and varga resume the osprey charter talks?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.StartsWith("No date was given", answer.Lead, StringComparison.Ordinal);
        Assert.DoesNotContain("April 2", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReportThatGivesTheDate_Answers()
    {
        Answer answer = await Corpus.AskAsync("when do the lund ferry contract talks resume?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("12 May 1987", answer.Lead, StringComparison.Ordinal);
    }
}
