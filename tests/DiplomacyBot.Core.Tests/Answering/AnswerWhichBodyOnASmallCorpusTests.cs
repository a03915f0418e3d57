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

    [Theory]
    [InlineData("Negotiations between Estonia and the banks on the embassy accounts have stalled over fees.")]
    [InlineData("Clerks handling the embassy accounts in Estonia have raised their fees, the clerks said.")]
    public async Task AWordCapitalisedOnlyToOpenTheSentence_NamesNoBank(string sentence)
    {
        Answer answer = await SmallCorpus.Of(("b3", "2024-03-05", "Embassy accounts in Estonia", sentence)).AskAsync(Question);

        Assert.True(answer.Abstained, answer.Lead);
    }

    [Fact]
    public async Task ABankNamedToOpenTheSentence_Answers()
    {
        Answer answer = await SmallCorpus.Of(("b4", "2024-03-07", "Embassy accounts in Estonia",
            "Nordbank now handles the embassy accounts in Estonia, officials said.")).AskAsync(Question);

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("Nordbank", answer.Lead, StringComparison.Ordinal);
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
