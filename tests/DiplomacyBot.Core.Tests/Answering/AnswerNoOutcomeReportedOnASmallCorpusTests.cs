using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On small corpora built here: asked what was decided or agreed when no report says anything was, the bot says it is
/// not reported yet and quotes the closest report (what a court "ruled" is asked as what it "decided"); a report that
/// the court ruled answers.
/// </summary>
public sealed class AnswerNoOutcomeReportedOnASmallCorpusTests
{
    private const string Suit = "Kroll Dairy has sued the Vesterland farm ministry in federal court over milk quota payments, "
        + "and the Norland dairy board is seeking permission to intervene in the suit.";

    [Fact]
    public async Task WhatTheCourtDecided_IsNotReportedYet_WhenNoReportSaysAnythingWasDecided()
    {
        Answer answer = await SmallCorpus.Of(("s1", "1987-05-04", "Kroll Dairy sues farm ministry", Suit))
            .AskAsync("what did the federal court decide in kroll dairy's suit over the quota payments?");

        Assert.True(answer.Outcome == AnswerOutcome.NotYetReported, answer.Lead);
        Assert.Contains("seeking permission to intervene", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatTheCourtRuled_IsNotReportedYet_WhenTheReportsOnlySayTheSuitWasFiled()
    {
        Answer answer = await SmallCorpus.Of(
                ("s1", "1987-05-04", "Kroll Dairy sues farm ministry",
                    "Kroll Dairy sued the Vesterland farm ministry in federal court on Monday over milk quota payments."),
                ("s0", "1987-02-02", "Norland sets a milk rule", "Norland set a rule on milk prices for its dairy farms."))
            .AskAsync("what did the federal court rule in kroll dairy's suit over the quota payments?");

        Assert.True(answer.Outcome == AnswerOutcome.NotYetReported, answer.Lead);
        Assert.Contains("sued the Vesterland farm ministry", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatTheCourtDecided_IsAnswered_ByAReportThatItRuled()
    {
        Answer answer = await SmallCorpus.Of(
                ("s1", "1987-05-04", "Kroll Dairy sues farm ministry", Suit),
                ("s2", "1987-06-12", "Court rules for Kroll Dairy",
                    "The federal court ruled on Friday that the Vesterland farm ministry must make the quota payments to Kroll Dairy in full, ending the suit."))
            .AskAsync("what did the federal court decide in kroll dairy's suit over the quota payments?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("must make the quota payments", StringComparison.Ordinal));
    }
}
