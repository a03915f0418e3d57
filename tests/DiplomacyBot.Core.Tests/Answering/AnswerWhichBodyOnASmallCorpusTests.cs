using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On small corpora built here: "which banks ...?" is answered by the name of a bank, not by a sentence on the subject
/// that names only a person, a country and the kind asked for.
/// </summary>
public sealed class AnswerWhichBodyOnASmallCorpusTests
{
    private const string Question = "which banks are handling the embassy accounts in estonia now?";

    private static readonly (string, string?, string, string) NoBank =
        ("b1", "2024-03-04", "Embassy accounts reopen in Estonia",
            "Estonian Finance Minister Piet Aalders said local banks would reopen the embassy accounts in Estonia this month.");

    private static readonly (string, string?, string, string) Banks =
        ("b2", "2024-03-06", "Banks named for Estonia embassy accounts",
            "The embassy accounts in Estonia are now handled by Nordbank and the Bank of Tallinn, officials said.");

    [Fact]
    public async Task ASentenceNamingNoBank_DoesNotSayWhichBanks()
    {
        Answer answer = await SmallCorpus.Of(NoBank).AskAsync(Question);

        Assert.True(answer.Abstained, answer.Lead);
    }

    [Fact]
    public async Task ASentenceNamingBanks_Answers()
    {
        Answer answer = await SmallCorpus.Of(NoBank, Banks).AskAsync(Question);

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("Nordbank and the Bank of Tallinn", answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("which banks are handling the accounts?", true)]
    [InlineData("so what airline would fly the route", true)]
    [InlineData("which sanctions did they lift?", false)]
    [InlineData("which parties have signed the treaty?", false)]
    [InlineData("what did the banks say?", false)]
    public void BodiesKnownByName_AreAskedFor(string question, bool asks)
    {
        Assert.Equal(asks, new QuestionAnalyzer().Analyze(question).AsksBodyName);
    }
}
