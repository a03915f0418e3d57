using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On small corpora built here: the sentence that answers "who did it?" often names, beside the doer, the people it was
/// done to ("has overtaken Dan Kessler", "the match between Tomas Berg and Lio Ferrante"). The answer is the doer; the
/// others are named only when the question asks whom it was done to.
/// </summary>
public sealed class AnswerWhoDidItOnASmallCorpusTests
{
    private static readonly (string, string?, string, string) Contract =
        ("t1", "2026-03-03", "Strand signs record deal",
            "Jon Strand has overtaken Dan Kessler as the best paid player in the league after signing a five-year contract on Monday. "
            + "The club confirmed the deal in a statement.");

    private static readonly (string, string?, string, string) Final =
        ("t2", "2026-03-05", "Orvald through to the final",
            "Marta Orvald will go straight to the final, where she will face the winner of the match between Tomas Berg and Lio Ferrante. "
            + "The semifinal was called off after rain.");

    private static readonly (string, string?, string, string) Season =
        ("t3", "2026-02-20", "League season opens",
            "The league season opened on Saturday with three matches. Attendance was up on last year.");

    [Theory]
    [InlineData("which player became the best paid in the league?", "Jon Strand,")]
    [InlineData("who goes straight to the final?", "Marta Orvald,")]
    public async Task TheDoerIsTheAnswer_NotThoseItWasDoneTo(string question, string lead)
    {
        Answer answer = await SmallCorpus.Of(Contract, Final, Season).AskAsync(question);

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith(lead, answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhomItWasDoneTo_IsAskedInOtherWords()
    {
        Answer answer = await SmallCorpus.Of(Contract, Final, Season).AskAsync("who did jon strand overtake as the best paid player?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Dan Kessler", answer.Lead, StringComparison.Ordinal);
    }
}
