using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On small corpora built here: a question asked in the past ("who won the election?") whose answer no report
/// states, when the best reports only expect what it asks about, is answered "not reported yet" with the latest of them;
/// the report of the outcome, once there is one, answers it.
/// </summary>
public sealed class AnswerWhoDidNotYetReportedOnASmallCorpusTests
{
    private const string Question = "so who won the norland election?";

    private static readonly (string, string?, string, string) Called =
        ("v1", "2026-05-20", "Norland to vote in July",
            "Norland will hold a general election on July 12, officials said on Wednesday. "
            + "Prime Minister Ola Brandt and opposition leader Eva Lund will both run in the election.");

    private static readonly (string, string?, string, string) Campaign =
        ("v2", "2026-06-15", "Norland campaign opens",
            "The election campaign in Norland opened on Monday, four weeks before the vote on July 12.");

    [Fact]
    public async Task WhatOnlyTheReportsExpect_IsNotReportedYet()
    {
        Answer answer = await SmallCorpus.Of(Called, Campaign).AskAsync(Question);

        Assert.True(answer.Abstained, answer.Lead);
        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.StartsWith("Not reported yet", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheReportOfTheOutcome_Answers()
    {
        (string, string?, string, string) won = ("v3", "2026-07-13", "Lund wins in Norland",
            "Opposition leader Eva Lund won the Norland election on Sunday, beating Prime Minister Ola Brandt by six points.");

        Answer answer = await SmallCorpus.Of(Called, Campaign, won).AskAsync(Question);

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Eva Lund", answer.Lead, StringComparison.Ordinal);
    }

    private static readonly (string, string?, string, string) Bids =
        ("m1", "2026-03-02", "Varga Mining in talks on a sale",
            "Varga Mining said on Monday it was in talks with several parties interested in buying the company. "
            + "The statement did not say how close Varga Mining was to a sale. "
            + "A Varga Mining spokesman, Jon Berg, said the company would keep running its mines meanwhile.");

    [Fact]
    public async Task WhoDidItInTheEnd_WhenNoReportSaysItWasDone_IsNotReportedYet()
    {
        Answer answer = await SmallCorpus.Of(Bids).AskAsync("who ended up buying varga mining?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.True(answer.Outcome == AnswerOutcome.NotYetReported, answer.Lead);
    }

    [Fact]
    public async Task WhoDidItInTheEnd_IsAnsweredByTheReportOfItDone()
    {
        (string, string?, string, string) bought = ("m2", "2026-04-20", "Kroll completes Varga deal",
            "Kroll Metals finally bought Varga Mining for 4.10 crowns a share on Monday.");

        Answer answer = await SmallCorpus.Of(Bids, bought).AskAsync("who finally bought varga mining?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("Kroll Metals", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhoDoesItNow_IsNoQuestionOfWhoDidItInTheEnd()
    {
        (string, string?, string, string) port = ("m3", "2026-04-21", "Port of Lund owners",
            "Kroll Metals controls the port of Lund through its shipping arm, officials said.");

        Answer answer = await SmallCorpus.Of(Bids, port).AskAsync("who really controls the port of lund?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("Kroll Metals", answer.Lead, StringComparison.Ordinal);
    }
}
