using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (a harbour strike, a retail takeover, a meat plant dispute): a question for a share is
/// answered by a figure in per cent, one for what was paid by a sum of money, one counting people by a count, not
/// by a sum of money, and one for a rise by a share or a sum, not by the number of people who got it; with no such
/// figure, the answer says the articles do not say.
/// </summary>
public sealed class AnswerFigureKindOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("h1", "2024-05-02", "Harbour staff strike over pay",
            "Some 340 harbour staff at Port Kelso staged a half-day strike on Monday over a sharp fall in their salaries."),
        ("r1", "2024-05-06", "Brandt buys Harlow chain",
            "Brandt Retail offered a 21 pct premium over the market price, paying 40 mln dlrs for the Harlow chain of stores."),
        ("p1", "2024-05-09", "Meat plant dispute",
            "Kelso Meats said its latest offer to the union included wage cuts of 60 cents an hour for slaughter workers at the plant."),
        ("d1", "2024-05-13", "Dock strike ends",
            "Loading resumed at Port Varna today after 4,000 dockers ended their two day walk-out over pay, port officials said."),
        ("d2", "2024-05-20", "Ferry crews settle",
            "Ferry crews at Port Selby settled for a pay rise of 12 pct with the two operators."));

    [Fact]
    public async Task AShareAskedFor_IsNotAnsweredByACount()
    {
        Answer answer = await Corpus.AskAsync("by what percent have port kelso harbour salaries fallen?");

        Assert.True(answer.Abstained, answer.Lead);
    }

    [Fact]
    public async Task WhatWasPaid_IsASumOfMoney_NotAShare()
    {
        Answer answer = await Corpus.AskAsync("how much did brandt retail pay for the harlow chain?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("40 mln dlrs", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACountOfWorkers_IsNotAnsweredByASumOfMoney()
    {
        Answer answer = await Corpus.AskAsync("how many replacement slaughter workers has kelso meats hired at the plant?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.DoesNotContain("60 cents", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARiseAskedFor_IsNotAnsweredByTheNumberOfPeople()
    {
        Answer answer = await Corpus.AskAsync("what pay rise did the port varna dockers get to end the walkout?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.DoesNotContain("4,000", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARiseAskedFor_IsAnsweredByTheShare()
    {
        Answer answer = await Corpus.AskAsync("what size pay rise did the port selby ferry crews settle for?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("12 pct", answer.Lead, StringComparison.Ordinal);
    }
}
