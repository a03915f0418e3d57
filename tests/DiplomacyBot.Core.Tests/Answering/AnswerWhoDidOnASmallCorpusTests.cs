using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (a central bank governor's resignation and a club election): a "who" question on a
/// deed ("who replaced ...?", "who won ...?") is answered by a sentence reporting that deed, in any form of its verb,
/// not by another person named beside a different one; with none, the answer says the articles do not say who. So is
/// a "who" question on what was done to someone ("who did they send?").
/// </summary>
public sealed class AnswerWhoDidOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("b1", "2024-04-09", "Governor resigns",
            "Central Bank governor Anton Kessler has submitted his resignation and asked President Mira Holt to move him to a post at the finance ministry."),
        ("c1", "2024-04-15", "Rowing club elects a chair",
            "Lena Brook will win the chair of the Harbour Rowing Club, members said, after Paul Vance withdrew from the vote."),
        ("e1", "2024-04-20", "Envoys to be named soon",
            "The two governments agreed on the swift appointment of ambassadors, foreign minister Ivo Dane said after the meeting in Lisbon."),
        ("n1", "2024-04-22", "Navy at the port talks",
            "The navy sent Admiral Rui Costa to the port talks in Faro on Monday."),
        ("m1", "2024-04-23", "Mayor wants a review",
            "Speaking in Faro, the mayor asked Judge Ana Ruiz for a review of the harbour contracts."));

    [Fact]
    public async Task ADeedNoReportGives_IsNotAnsweredByAnotherPersonNamed()
    {
        Answer answer = await Corpus.AskAsync("who replaced anton kessler as governor of the central bank?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.DoesNotContain("Mira Holt,", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADeedNoReportGives_IsNotAnsweredByAnotherPersonNamed_WhenAKindOfPersonIsAskedFor()
    {
        Answer answer = await Corpus.AskAsync("which banker replaced anton kessler as governor of the central bank?");

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

    [Fact]
    public async Task WhomSomethingWasDoneTo_IsNotAnsweredBySomeoneNamedInAReportOfSomethingElse()
    {
        Answer answer = await Corpus.AskAsync("lisbon promised quick ambassador appointments - so who did the government end up sending?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.False(answer.Lead.StartsWith("Ivo Dane", StringComparison.Ordinal), answer.Lead);
    }

    [Fact]
    public async Task WhomSomethingWasDoneTo_IsAnsweredByTheReportOfTheDeed()
    {
        Answer answer = await Corpus.AskAsync("who did the navy send to the port talks?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("Rui Costa", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADeedOfAVerbAndAParticle_IsReportedWithItsObjectBetween()
    {
        Answer answer = await Corpus.AskAsync("who did the mayor ask for a review of the harbour contracts?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("Ana Ruiz", answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who did the bank send to the talks?", "send")]
    [InlineData("the port row - so who did the union end up picking as chair?", "picking")]
    [InlineData("who did the union pick as chair?", "pick")]
    [InlineData("who did he tell about the plan?", null)]
    [InlineData("who did?", null)]
    [InlineData("so who did", null)]
    [InlineData("who did the minister pin the failure on?", null)]
    [InlineData("who did the envoy sit down with?", "sit down with")]
    [InlineData("who replaced the governor?", "replaced")]
    [InlineData("so who actually won the vote", "won")]
    [InlineData("who signed off on the deal?", null)]
    [InlineData("who said the talks failed?", null)]
    [InlineData("who headed the delegation?", null)]
    [InlineData("who is the new governor?", null)]
    [InlineData("who took the throne after the old king died?", null)]
    [InlineData("who made the first offer in the port talks?", null)]
    [InlineData("who became the new governor?", null)]
    [InlineData("which port official signed the lease?", "signed")]
    [InlineData("what banker replaced the governor?", "replaced")]
    [InlineData("which guy on the team said it?", null)]
    [InlineData("which official is in charge?", null)]
    [InlineData("which head of state resigned?", "resigned")]
    public void TheDeedAWhoQuestionAsksTheDoerOf_IsKnown(string question, string? deed)
    {
        Assert.Equal(deed, new QuestionAnalyzer().Analyze(question).WhoDeed);
    }
}
