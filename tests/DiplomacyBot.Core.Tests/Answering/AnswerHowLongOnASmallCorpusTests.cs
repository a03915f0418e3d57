using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (a wage decree and the strikes it set off): how long something is to stay in force is
/// answered by the day it runs until; a part of a year ("the last quarter of 1986") is when, not how long; and how long
/// something lasted is a length, which the day it is to end does not give, nor the time since the last one ("the first
/// national strike by seamen in 25 years").
/// </summary>
public sealed class AnswerHowLongOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("d1", "1987-03-19", "Wage decree angers unions",
            "The wage decree, which returned pay to the average levels of the last quarter of 1986, set off strikes across the country. "
            + "Under the decree, which was enacted on February 27, pay rises were pegged to productivity and the decree will remain in force until July 1."),
        ("d2", "1987-03-20", "Norland seamen strike",
            "The strike by Norland seamen, the first national strike by seamen in 25 years, has halted shipping along the coast."),
        ("d3", "1987-03-21", "Vesterland port dispute ends",
            "The Vesterland port dispute, which lasted five years, ended on Friday when the dockers accepted a new contract."),
        ("d4", "1987-03-23", "Norland pulp exports",
            "The first shipment of Norland pulp to Vesterland is due in two weeks, the mill said."));

    [Fact]
    public async Task HowLongSomethingIsToStayInForce_IsAnsweredByTheDayItRunsUntil()
    {
        Answer answer = await Corpus.AskAsync("how long will the wage decree remain in force?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Until July 1 (1 Jul 1987)", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APartOfAYear_IsNotALength()
    {
        Answer answer = await Corpus.AskAsync("how long did the wage decree strikes last?");

        Assert.DoesNotContain("last quarter (", answer.Lead, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Until July 1", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTimeSinceTheLastOne_IsNotHowLongThisOneLasts()
    {
        Answer seamen = await Corpus.AskAsync("how long has the norland seamen strike been going on?");
        Answer port = await Corpus.AskAsync("how long did the vesterland port dispute last?");

        Assert.False(seamen.Lead.StartsWith("25 years", StringComparison.OrdinalIgnoreCase), seamen.Lead);
        Assert.False(port.Abstained, port.Lead);
        Assert.StartsWith("Five years", port.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATimeFromNow_AfterAFirst_IsStillOne()
    {
        Answer shipment = await Corpus.AskAsync("how soon is the first norland pulp shipment to vesterland due?");

        Assert.False(shipment.Abstained, shipment.Lead);
        Assert.Contains("two weeks", shipment.Lead, StringComparison.OrdinalIgnoreCase);
    }
}
