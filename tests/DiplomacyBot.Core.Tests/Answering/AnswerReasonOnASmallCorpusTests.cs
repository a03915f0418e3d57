using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (a strike at a paper mill, reported three times): a question for what set something
/// off, however it is worded and whatever topic is set before it, is answered by the sentence that gives the reason,
/// not by the reports that only go over the matter again, nor by the aim of talks to end it.
/// </summary>
public sealed class AnswerReasonOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("m1", "2024-04-02", "Talks on paper mill strike end without agreement",
            "Two days of talks between management and unions to end the strike at the Marlow paper mill ended without agreement, a union spokesman said. "
            + "Production at the mill has been halted since March 4, when the machine crews walked out in protest at new shift rotas. "
            + "Further talks at the mill have not been arranged."),
        ("m2", "2024-04-10", "Marlow paper mill talks rescheduled",
            "Talks set for today between management and unions at the Marlow paper mill to end the strike have been rescheduled for Thursday, the company said."),
        ("m3", "2024-04-18", "Marlow mill strike talks to resume",
            "Talks between the owners of the Marlow paper mill and unions, aimed at ending the prolonged strike at the mill, will resume next week."));

    [Theory]
    [InlineData("the strike at the marlow paper mill - what sparked it in the first place?")]
    [InlineData("what set off the strike at the marlow paper mill?")]
    [InlineData("what was behind the marlow paper mill strike")]
    public async Task WhatSetSomethingOff_IsAnsweredByTheSentenceGivingTheReason(string question)
    {
        Answer answer = await Corpus.AskAsync(question);

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("in protest at new shift rotas", answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what sparked the strike in the first place", "strike")]
    [InlineData("what was the point of the summit", "summit")]
    public void TheWordsAskingForAReason_AreNotConcepts(string question, string concept)
    {
        AnalyzedQuestion analyzed = new QuestionAnalyzer().Analyze(question);

        Assert.Equal(QuestionType.Why, analyzed.Type);
        Assert.Null(analyzed.Ordinal);
        Assert.Equal([concept], analyzed.Groups.Select(g => g.Key));
    }
}
