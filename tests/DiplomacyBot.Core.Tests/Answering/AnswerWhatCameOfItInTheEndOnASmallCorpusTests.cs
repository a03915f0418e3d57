using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On small corpora built here (a takeover bid for Norland Gas): a question for a fact that insists on what was in the
/// end done ("what stake did it end up taking?", "how much did it finally pay?") is not answered by a report of the
/// bid alone, which does not say it was done; a report that it was done answers.
/// </summary>
public sealed class AnswerWhatCameOfItInTheEndOnASmallCorpusTests
{
    private static readonly (string, string?, string, string) Bid = ("k1", "2024-04-08", "Kroll Chemie bids for Norland Gas",
        "Kroll Chemie made a takeover bid for Norland Gas on Monday, offering 300 crowns a share for a stake in the company.");

    [Theory]
    [InlineData("what stake did kroll chemie finally take in norland gas?")]
    [InlineData("how many crowns a share did kroll chemie finally pay for its norland gas stake?")]
    public async Task AFactOfWhatWasInTheEndDone_IsNotReportedYet_ByAReportOfTheBidAlone(string question)
    {
        Answer answer = await SmallCorpus.Of(Bid).AskAsync(question);

        Assert.True(answer.Outcome == AnswerOutcome.NotYetReported, answer.Lead);
        Assert.Contains("made a takeover bid", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFactOfWhatWasInTheEndDone_IsAnswered_ByAReportThatItWasDone()
    {
        Answer answer = await SmallCorpus.Of(Bid, ("k2", "2024-04-25", "Kroll Chemie takes Norland Gas stake",
                "Kroll Chemie took a 40 pct stake in Norland Gas on Thursday after the bid closed."))
            .AskAsync("what stake did kroll chemie finally take in norland gas?");

        Assert.True(answer.Outcome == AnswerOutcome.Answered, answer.Lead);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("took a 40 pct stake", StringComparison.Ordinal));
    }
}
