using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (a round of trade talks): words a question quotes were used in the report it asks
/// about, so only a sentence holding them answers; another person named in the same story is not the one who said them.
/// </summary>
public sealed class AnswerQuotedWordsOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("t1", "2024-04-12", "Second round of fisheries talks ends in Oslo",
            "The second round of fisheries talks between Norway and Iceland ended in Oslo on Thursday. "
            + "The Norwegian foreign ministry described the round as constructive and said a third would follow. "
            + "Trade was not on the agenda, ministry spokeswoman Ingrid Dahl said earlier in the week. "
            + "Icelandic negotiator Arni Jonsson called the talks a good start."));

    [Fact]
    public async Task WordsNoOneNamedIsReportedToHaveUsed_AreNotGivenToAnotherPerson()
    {
        Answer answer = await Corpus.AskAsync("who at the ministry called the second round 'constructive'?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.DoesNotContain("Ingrid Dahl,", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WordsAPersonUsed_NameThatPerson()
    {
        Answer answer = await Corpus.AskAsync("who called the fisheries talks \"a good start\"?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Arni Jonsson", answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who called the round 'constructive'?", new[] { "constructive" })]
    [InlineData("did she say “a good start”?", new[] { "a good start" })]
    [InlineData("which union is “ready to strike,” according to its leaders?", new[] { "ready to strike" })]
    [InlineData("what's russia's 'red line' in the workers' talks", new[] { "red line" })]
    [InlineData("what did the workers' union say about norway's offer", new string[0])]
    [InlineData("The minister said prices will stay \"for now.\" How much is a ticket?", new string[0])]
    public void QuotedWords_AreRead_AndApostrophesAreNotQuotes(string question, string[] quoted)
    {
        Assert.Equal(quoted, new QuestionAnalyzer().Analyze(question).Quoted);
    }
}
