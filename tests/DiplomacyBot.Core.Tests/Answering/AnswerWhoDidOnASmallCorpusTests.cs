using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (a central bank governor's resignation and a club election): a "who" question on a
/// deed ("who replaced ...?", "who won ...?") is answered by a sentence reporting that deed, in any form of its verb,
/// not by another person named beside a different one; with none, the answer says the articles do not say who.
/// </summary>
public sealed class AnswerWhoDidOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("b1", "2024-04-09", "Governor resigns",
            "Central Bank governor Anton Kessler has submitted his resignation and asked President Mira Holt to move him to a post at the finance ministry."),
        ("c1", "2024-04-15", "Rowing club elects a chair",
            "Lena Brook will win the chair of the Harbour Rowing Club, members said, after Paul Vance withdrew from the vote."));

    [Fact]
    public async Task ADeedNoReportGives_IsNotAnsweredByAnotherPersonNamed()
    {
        Answer answer = await Corpus.AskAsync("who replaced anton kessler as governor of the central bank?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.DoesNotContain("Mira Holt,", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADeedReportedInAnotherFormOfItsVerb_Answers()
    {
        Answer answer = await Corpus.AskAsync("who won the chair of the harbour rowing club?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Lena Brook", answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who replaced the governor?", "replaced")]
    [InlineData("so who actually won the vote", "won")]
    [InlineData("who signed off on the deal?", null)]
    [InlineData("who said the talks failed?", null)]
    [InlineData("who headed the delegation?", null)]
    [InlineData("who is the new governor?", null)]
    public void TheDeedAWhoQuestionAsksTheDoerOf_IsKnown(string question, string? deed)
    {
        Assert.Equal(deed, new QuestionAnalyzer().Analyze(question).WhoDeed);
    }
}
