using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: "how much did they offer?" is not answered by a figure the report gives for another
/// account, such as the profits or the sales of the company bid for, or a subsidy. A figure given for the account the
/// question names, or for none, answers.
/// </summary>
public sealed class AnswerHowMuchForTheAccountAskedOnASmallCorpusTests
{
    private static readonly (string Id, string Published, string Title, string Body) Bid =
        ("b1", "1987-04-02", "Kroll Engineering bids for Norland Shipyards",
            "Kroll Engineering said on Thursday it had made an offer for the state-owned Norland Shipyards, which made pre-tax "
            + "profits of 41 mln crowns on sales of 610 mln crowns last year.");

    [Fact]
    public async Task TheProfitsOfTheCompanyBidFor_DoNotSayWhatWasOffered()
    {
        Answer answer = await SmallCorpus.Of(Bid).AskAsync("how much did kroll offer for norland shipyards?");

        Assert.True(answer.Abstained, answer.Lead);
    }

    [Fact]
    public async Task TheProfits_AnswerAQuestionAboutTheProfits()
    {
        Answer answer = await SmallCorpus.Of(Bid).AskAsync("how much were the pre-tax profits of norland shipyards?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("41 mln crowns", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSumOffered_Answers()
    {
        Answer answer = await SmallCorpus.Of(Bid,
            ("b2", "1987-04-09", "Kroll raises its bid for Norland Shipyards",
                "The new Kroll Engineering offer for Norland Shipyards is 390 mln crowns, up from an earlier bid, the company said."))
            .AskAsync("how much did kroll offer for norland shipyards?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("390 mln crowns", answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Norland pays subsidies of about 12 cents a pound on the cheese its farms ship to Vesterland, officials said.")]
    [InlineData("Vesterland could reimpose a 40 pct tariff on the cheese Norland farms ship to it, officials said.")]
    public async Task ASubsidyOrATariff_DoesNotSayHowMuchIsShipped(string report)
    {
        Answer answer = await SmallCorpus.Of(("p1", "1987-06-29", "Norland and Vesterland fail to settle cheese dispute", report))
            .AskAsync("how much cheese does norland ship to vesterland a year?");

        Assert.True(answer.Abstained, answer.Lead);
    }
}
