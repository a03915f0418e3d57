using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: a commodity exchange, an airport, a stadium or a hall is a venue, so "where ...?" is
/// answered by the sentence that names one even when the town it is in is not a place the bot knows.
/// </summary>
public sealed class AnswerWhereAtAnExchangeOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("x1", "2024-06-18", "Farm minister visits grain traders",
            "Deputy farm minister Arno Vale observed trading this morning at the Lakeport Commodity Exchange, an exchange spokesman said. "
            + "Vale led a delegation of 12 farm officials to the exchange as part of a tour of the grain belt."),
        ("x2", "2024-06-19", "Farm minister flies home",
            "Vale left on Wednesday from Kestrel Field airport after talks with grain traders."));

    [Fact]
    public async Task ACommodityExchange_SaysWhere()
    {
        Answer answer = await Corpus.AskAsync("where did the deputy farm minister go to watch the trading?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("Lakeport Commodity Exchange", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAirport_SaysWhere()
    {
        Answer answer = await Corpus.AskAsync("where did vale fly home from after the grain talks?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("Kestrel Field airport", answer.Lead, StringComparison.Ordinal);
    }
}
