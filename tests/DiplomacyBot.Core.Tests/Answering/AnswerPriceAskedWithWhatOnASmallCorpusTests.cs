using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On small corpora built here: "what will they pay ...?" asks for an amount. A report that only says who is being
/// hired does not answer it; one that gives the pay does.
/// </summary>
public sealed class AnswerPriceAskedWithWhatOnASmallCorpusTests
{
    private static readonly (string Id, string Published, string Title, string Body) Hiring =
        ("h1", "1987-04-07", "Kroll Telephone to hire operators",
            "Kroll Telephone said it will hire nearly 900 permanent operators to fill vacancies left by the strike.");

    [Fact]
    public async Task AReportWithNoPay_DoesNotSayWhatIsPaid()
    {
        Answer answer = await SmallCorpus.Of(Hiring).AskAsync("what will kroll telephone pay the operators it will hire?");

        Assert.True(answer.Abstained, answer.Lead);
    }

    [Fact]
    public async Task AReportOfThePay_Answers()
    {
        Answer answer = await SmallCorpus.Of(Hiring,
                ("h2", "1987-04-08", "Operators' pay",
                    "Kroll Telephone will pay the 900 permanent operators 9 dlrs an hour, the company said."))
            .AskAsync("what will kroll telephone pay the operators it will hire?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("9 dlrs", answer.Lead, StringComparison.Ordinal);
    }
}
