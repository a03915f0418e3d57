using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (reports on Norland's timber trade): "how old ...?" is answered by an age and by no
/// other figure, "how much ...?" by a fraction when that is how the report gives the amount, and "how many tonnes
/// ...?" by a quantity in a unit of measure, not by a share or a sum of money; "what did they pay?" only by a sum of
/// money; and no figure is read from the middle of a decimal number.
/// </summary>
public sealed class AnswerAgesFractionsAndMeasuresOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("n1", "2024-04-09", "Norland timber board names chairman",
            "The Norland timber board named Aksel Kroll, 58, as its chairman on Tuesday. Kroll said the board would seek 40 mln crowns in credit."),
        ("n2", "2024-04-12", "Vesterland lender sues timber trader",
            "A Vesterland bank is seeking 12 mln crowns from Petra Lund, a former timber trader it accuses of hiding losses."),
        ("n3", "2024-04-16", "Norland to cut timber subsidies",
            "The Norland government has proposed a budget that would cut timber subsidies by up to one third from next year."),
        ("n4", "2024-04-18", "Vesterland mission to buy Norland pulp",
            "A Vesterland mission is buying less Norland pulp because its price is some 15 pct higher than that of other pulp. A Vesterland mission bought 90,000 tonnes of Norland pulp last year."),
        ("n5", "2024-04-19", "Timber board deputy named",
            "The timber board chairman, Jon Berg, 61, named Ingrid Sand as his deputy, and the board's retirement age of 65 applies to both."),
        ("n7", "2024-04-25", "Norland timber output grows",
            "Norland's timber output rose 12.7 pct to 8.2 billion crowns last year, the timber board said."),
        ("n6", "2024-04-22", "Aid talks to go on",
            "Norland and Vesterland will hold a third round of talks on forestry aid in June, and Vesterland's paper exports reached 280 million last year."));

    [Fact]
    public async Task HowOld_IsAnsweredByAnAge_AndByNoOtherFigure()
    {
        Answer kroll = await Corpus.AskAsync("how old is aksel kroll, the norland timber board chairman?");
        Answer lund = await Corpus.AskAsync("how old is petra lund, the former timber trader?");

        Assert.False(kroll.Abstained);
        Assert.StartsWith("58, according to", kroll.Lead, StringComparison.Ordinal);
        Assert.True(lund.Abstained);
        Assert.DoesNotContain("12 mln", lund.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HowOld_IsNotAnsweredByAnotherPersonsAge_NorByAnAgeSetByARule()
    {
        Answer sand = await Corpus.AskAsync("how old is ingrid sand, the timber board deputy?");

        Assert.True(sand.Abstained, sand.Lead);
        Assert.DoesNotContain("61", sand.Lead, StringComparison.Ordinal);
        Assert.DoesNotContain("age of 65", sand.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOrdinal_IsNoFraction_AndAFigureWithoutAUnit_IsNoQuantityMeasured()
    {
        Answer aid = await Corpus.AskAsync("how much forestry aid will norland give vesterland?");
        Answer paper = await Corpus.AskAsync("how many tonnes of paper did vesterland export last year?");

        Assert.False(aid.Lead.StartsWith("A third", StringComparison.Ordinal), aid.Lead);
        Assert.False(paper.Lead.StartsWith("280 million", StringComparison.Ordinal), paper.Lead);
    }

    [Fact]
    public async Task HowMuch_IsAnsweredByAFraction_WhenTheReportGivesTheAmountSo()
    {
        Answer cut = await Corpus.AskAsync("how much would the norland budget cut timber subsidies?");

        Assert.False(cut.Abstained);
        Assert.StartsWith("One third, according to", cut.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HowManyTonnes_IsAnsweredByAQuantityMeasured_NotByAShare()
    {
        Answer tonnes = await Corpus.AskAsync("how many tonnes of norland pulp did the vesterland mission buy?");

        Assert.False(tonnes.Abstained);
        Assert.StartsWith("90,000 tonnes, according to", tonnes.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatWasPaid_IsAnsweredByASumOfMoney_NotByAShare()
    {
        Answer paid = await Corpus.AskAsync("what did the vesterland mission pay for the norland pulp?");

        Assert.False(paid.Lead.StartsWith("15 pct", StringComparison.Ordinal), paid.Lead);
        Assert.True(paid.Abstained, paid.Lead);
    }

    [Fact]
    public async Task AFigure_IsNeverReadFromTheMiddleOfADecimalNumber()
    {
        Answer output = await Corpus.AskAsync("how many crowns was norland's timber output worth last year?");

        Assert.False(output.Abstained, output.Lead);
        Assert.StartsWith("8.2 billion crowns", output.Lead, StringComparison.Ordinal);
    }
}
