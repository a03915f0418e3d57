using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (reports on Norland's pulp trade and economy): "what price ...?" and "the price per
/// tonne" are answered by a sum of money, not by a quantity; "what is the jobless rate?" by a share, not by a sum of
/// money; and "how big a pay rise ...?" not by the stake a company holds in a mine ("its 63 pct-owned mine").
/// </summary>
public sealed class AnswerPricesAndRatesOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("p1", "2024-05-06", "Vesterland mission buys Norland pulp",
            "A Vesterland trade mission bought 90,000 tonnes of Norland pulp for delivery this year, the mission said."),
        ("p2", "2024-05-08", "Norland paper exports",
            "Norland paper mills sold newsprint to Vesterland at 410 dlrs a tonne in April, the mills said."),
        ("p3", "2024-05-10", "Norland inflation slows",
            "Norland's inflation rate slowed to 4.5 pct in April from 5.1 pct in March, the statistics office said."),
        ("p4", "2024-05-13", "Vesterland jobless benefits",
            "Vesterland's jobless benefits cost the state 3.2 billion crowns last year, the labour ministry said."),
        ("p5", "2024-05-15", "Kroll Mining contract",
            "Kroll Mining said 900 miners at its 63 pct-owned Lund copper mine had ratified a new three-year contract."));

    [Fact]
    public async Task ThePricePerTonne_IsAnsweredByASumOfMoney_NotByAQuantity()
    {
        Answer pulp = await Corpus.AskAsync("what price per tonne did the vesterland mission pay for norland pulp?");
        Answer newsprint = await Corpus.AskAsync("what price did norland mills get for newsprint sold to vesterland?");

        Assert.True(pulp.Abstained, pulp.Lead);
        Assert.DoesNotContain("90,000 tonnes", pulp.Lead, StringComparison.Ordinal);
        Assert.False(newsprint.Abstained, newsprint.Lead);
        Assert.StartsWith("410 dlrs", newsprint.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARate_IsAnsweredByAShare_NotByASumOfMoney()
    {
        Answer inflation = await Corpus.AskAsync("what's the inflation rate in norland?");
        Answer jobless = await Corpus.AskAsync("what's the jobless rate in vesterland?");
        Answer written = await Corpus.AskAsync("what is norland's inflation rate?");

        Assert.False(inflation.Abstained, inflation.Lead);
        Assert.StartsWith("4.5 pct", inflation.Lead, StringComparison.Ordinal);
        Assert.StartsWith("4.5 pct", written.Lead, StringComparison.Ordinal);
        Assert.True(jobless.Abstained, jobless.Lead);
        Assert.DoesNotContain("3.2 billion", jobless.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStakeHeld_AnswersOnlyWhatIsOwned()
    {
        Answer output = await Corpus.AskAsync("by what percentage did output rise at the lund copper mine?");
        Answer owned = await Corpus.AskAsync("what percentage of the lund copper mine does kroll mining own?");

        Assert.False(output.Lead.StartsWith("63 pct", StringComparison.Ordinal), output.Lead);
        Assert.StartsWith("63 pct", owned.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APayRise_IsNotAnsweredByAStakeHeld()
    {
        Answer rise = await Corpus.AskAsync("how big a pay rise do the lund copper miners get under the new contract?");

        Assert.False(rise.Lead.StartsWith("63 pct", StringComparison.Ordinal), rise.Lead);
    }
}
