using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (a deal on banking for embassies, and a bank named in another): "which banks ...?" is
/// not answered by a sentence that names only peoples, places and regions ("Russian", "American", "Latin America"); one
/// naming a bank answers it.
/// </summary>
public sealed class AnswerWhichKindOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("e1", "2024-06-03", "Embassy banking deal",
            "The deal signed in Vienna ensures banking services for Russian and American embassies."),
        ("e2", "2024-06-05", "Loan for the port",
            "The port authority said Nordbank will lend 40 mln dlrs for the port of Tema."),
        ("e3", "2024-06-07", "Debt talks stall",
            "Creditor banks in Western Europe are holding up the debt rescheduling for Latin America, officials said."));

    [Fact]
    public async Task WhichBanks_IsNotAnsweredByPeoplesAndPlaces()
    {
        Answer answer = await Corpus.AskAsync("which banks are handling the embassies' banking services under the vienna deal?");

        Assert.True(answer.Abstained, answer.Lead);
    }

    [Fact]
    public async Task WhichBanks_IsNotAnsweredByRegions()
    {
        Answer answer = await Corpus.AskAsync("which banks are holding up the debt rescheduling?");

        Assert.True(answer.Abstained, answer.Lead);
    }

    [Fact]
    public async Task WhichBank_IsAnsweredByTheBankNamed()
    {
        Answer answer = await Corpus.AskAsync("which bank is lending for the port of tema?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("Nordbank", answer.Lead, StringComparison.Ordinal);
    }
}
