using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: a report that says no date was set for what is asked answers so, over another date
/// the same report gives; a report that gives the date answers with it, and so does a later one, over an earlier
/// report that no date was set.
/// </summary>
public sealed class AnswerWhenNoDateWasGivenOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("w1", "1987-04-06", "Osprey charter talks to reopen",
            "Nordby Lines will reopen its Osprey charter talks with Varga, though the date for them has not been fixed. "
            + "The two sides last met over the charter on April 2 in Oslo."),
        ("w2", "1987-04-08", "Lund ferry contract talks",
            "Berg Ferries said talks on the Lund ferry contract would resume on May 12 in Geneva."),
        ("w3", "1987-04-09", "Kroll pipeline hearing",
            "A hearing on the Kroll pipeline permit will be held, but no date for it has been set, the agency said."),
        ("w4", "1987-04-20", "Kroll pipeline hearing set",
            "The agency said the hearing on the Kroll pipeline permit will be held on June 3 in Varberg."));

    [Fact]
    public async Task AReportThatSaysNoDateWasSet_AnswersSo_OverAnotherDateItGives()
    {
        Answer answer = await Corpus.AskAsync("when do nordby and varga reopen the osprey charter talks?");

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

    [Fact]
    public async Task ALaterReportThatGivesTheDate_AnswersOverAnEarlierOneThatSaysNoneWasSet()
    {
        Answer answer = await Corpus.AskAsync("when is the kroll pipeline permit hearing?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("3 Jun 1987", answer.Lead, StringComparison.Ordinal);
    }
}
