using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On small corpora built here (fisheries and steel talks between made-up countries): "what is X still worried
/// about?" asks what the worry is, and is answered by the sentence that says what it is about; a worry named alone
/// ("unresolved concerns") does not answer it.
/// </summary>
public sealed class AnswerWhatWorriesSomeoneOnASmallCorpusTests
{
    private static readonly SmallCorpus Fisheries = SmallCorpus.Of(
        ("f1", "2024-09-10", "Norland and Vesterland end second round of fisheries talks",
            "Delegations from Norland and Vesterland ended the second round of fisheries talks in Lund on Tuesday. "
            + "The Norland delegation described the talks as constructive and said both sides would keep meeting. "
            + "However, Norland officials voiced continuing concerns about a Vesterland rule that bars foreign trawlers from its coastal waters."),
        ("f2", "2024-09-12", "Fisheries talks to go on",
            "Norland and Vesterland will meet again in the autumn to work through unresolved concerns in the fisheries talks."));

    private static readonly SmallCorpus Steel = SmallCorpus.Of(
        ("s1", "2024-10-01", "Norland and Kroll hold steel talks",
            "Norland and Kroll held a round of steel talks in Lund on Monday. "
            + "Both delegations said they would meet again next month to work through unresolved concerns in the steel talks."));

    [Theory]
    [InlineData("what is norland still worried about in the fisheries talks?")]
    [InlineData("whats norland unhappy about w/ vesterland's fishing rules")]
    [InlineData("what are norland's concerns in the fisheries talks?")]
    public async Task WhatWorriesThem_IsTheSentenceSayingWhatTheWorryIsAbout(string question)
    {
        Answer answer = await Fisheries.AskAsync(question);

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("foreign trawlers", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWorryNamedAlone_DoesNotSayWhatItIs()
    {
        Answer answer = await Steel.AskAsync("what is kroll still worried about in the steel talks?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.StartsWith("The stored articles don't say what the worry is.", answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what is the union still worried about?", true)]
    [InlineData("what's the sticking point in the talks?", true)]
    [InlineData("what does oslo object to?", true)]
    [InlineData("what are the union's main concerns?", true)]
    [InlineData("what did the countries concerned agree?", false)]
    [InlineData("what is being done to address fears about the dam?", false)]
    [InlineData("what did the court rule on the complaint?", false)]
    [InlineData("why is the union worried?", false)]
    [InlineData("what did the union say about the offer?", false)]
    public void AWorryAskedFor_IsRead(string question, bool asksConcern)
    {
        AnalyzedQuestion analyzed = new QuestionAnalyzer().Analyze(question);

        Assert.Equal(asksConcern, analyzed.AsksConcern);
        Assert.NotEqual(QuestionType.Latest, analyzed.Type);
    }

    [Fact]
    public void StillAlongsideAskingForTheLatest_StaysAQuestionOnTheLatest() =>
        Assert.Equal(QuestionType.Latest, new QuestionAnalyzer().Analyze("what's the latest on the union's concerns?").Type);

    [Theory]
    [InlineData("Norland voiced concerns about a rule that bars foreign trawlers.", true)]
    [InlineData("Officials fear that the talks will fail.", true)]
    [InlineData("The union objected to the plan.", true)]
    [InlineData("They will meet again to work through unresolved concerns.", false)]
    [InlineData("Both sides aired concerns at the meeting.", false)]
    [InlineData("Engineering concern Kroll Metals said on Monday that profits rose.", false)]
    [InlineData("The main sticking point is the ban on foreign trawlers.", true)]
    [InlineData("Investors voiced fears of a collapse in prices.", true)]
    [InlineData("The minister said the talks were constructive.", false)]
    public void AWorryWithWhatItIsAbout_IsStated(string text, bool states) =>
        Assert.Equal(states, AnswerFacts.StatesConcern(text));
}
