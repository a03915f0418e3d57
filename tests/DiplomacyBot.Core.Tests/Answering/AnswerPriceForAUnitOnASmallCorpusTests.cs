using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (a takeover bid and an ore contract): "what price per share ...?" and "how much a tonne
/// ...?" ask a rate, which a sum given for the unit answers ("38 dlrs per common share"), not the total of the
/// deal.
/// </summary>
public sealed class AnswerPriceForAUnitOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("k1", "2024-04-02", "Kroll bids for Varga Systems",
            "Kroll Industries offered 420 mln dlrs in cash for Varga Systems, or 38 dlrs per common share, the companies said."),
        ("o1", "2024-04-08", "Norland ore contract",
            "Norland mills agreed to pay 96 mln dlrs for two mln tonnes of Vesterland iron ore, or 48 dlrs per tonne, in 2024."));

    [Fact]
    public async Task APricePerShare_IsTheSumGivenAShare()
    {
        Answer answer = await Corpus.AskAsync("what price per share is kroll offering for varga systems?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("38 dlrs", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APriceATonne_IsTheSumGivenPerTonne()
    {
        Answer answer = await Corpus.AskAsync("how much a tonne are norland mills paying for vesterland iron ore");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("48 dlrs", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATotal_IsStillTheAnswerWhenNoRateIsAsked()
    {
        Answer answer = await Corpus.AskAsync("how much is kroll offering for varga systems?");

        Assert.StartsWith("420 mln dlrs", answer.Lead, StringComparison.Ordinal);
    }
}
