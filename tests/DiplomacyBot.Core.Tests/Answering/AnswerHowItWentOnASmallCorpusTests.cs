using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On small corpora built here: "how did ... go?" and "how did ... turn out?" ask what came of something, so a report
/// that only looks ahead to it is "not reported yet", and a report of how it ended answers.
/// </summary>
public sealed class AnswerHowItWentOnASmallCorpusTests
{
    private const string Planned = "Norland and Vesterland agreed to hold a second round of fishing talks in Kroll next month, officials said on Monday.";

    [Theory]
    [InlineData("how did the second round of fishing talks in kroll go")]
    [InlineData("so how did the second round of the fishing talks turn out?")]
    public async Task HowItWent_IsNotReportedYet_WhenTheReportsOnlyLookAheadToIt(string question)
    {
        Answer answer = await SmallCorpus.Of(("p1", "1987-03-02", "Fishing talks to resume", Planned)).AskAsync(question);

        Assert.True(answer.Outcome == AnswerOutcome.NotYetReported, answer.Lead);
        Assert.Contains("agreed to hold a second round", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HowItWent_IsAnswered_ByALaterReportOfHowItEnded()
    {
        Answer answer = await SmallCorpus.Of(
                ("p1", "1987-03-02", "Fishing talks to resume", Planned),
                ("p2", "1987-04-09", "Fishing talks end in accord",
                    "The second round of fishing talks in Kroll ended on Thursday with an accord setting a cod quota of 40,000 tonnes for Norland and Vesterland."))
            .AskAsync("how did the second round of fishing talks in kroll go");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("40,000 tonnes", answer.Citations[0].Quote, StringComparison.Ordinal);
    }
}
