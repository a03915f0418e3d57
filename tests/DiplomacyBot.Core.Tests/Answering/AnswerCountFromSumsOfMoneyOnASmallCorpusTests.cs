using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: "how many ...?" is not answered by a sentence whose only numbers are sums of money
/// and shares ("a capital of 80 mln shillings", "30 pct of its trade"), even when it does not name the thing counted;
/// a sentence that gives a count does answer it.
/// </summary>
public sealed class AnswerCountFromSumsOfMoneyOnASmallCorpusTests
{
    private static readonly (string, string?, string, string) Founded =
        ("m1", "2024-06-03", "Lake Tana ferry line founded",
            "The regional transport board signed an agreement with a Danish firm to set up the Lake Tana ferry line, with an initial capital of 80 mln shillings. "
            + "The line will carry 30 pct of the region's lake trade, officials said. "
            + "It will charter boats at first but may later buy its own ferries.");

    private static readonly (string, string?, string, string) Fleet =
        ("m2", "2024-06-20", "Lake Tana ferry line starts service",
            "The Lake Tana ferry line began service on Monday with three chartered ferries.");

    [Fact]
    public async Task SumsOfMoneyAndShares_DoNotSayHowMany()
    {
        Answer answer = await SmallCorpus.Of(Founded).AskAsync("how many ferries will the lake tana ferry line have at first?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.Contains("how many", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACount_SaysHowMany()
    {
        Answer answer = await SmallCorpus.Of(Founded, Fleet).AskAsync("how many ferries will the lake tana ferry line have at first?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Three chartered ferries", answer.Lead, StringComparison.Ordinal);
    }
}
