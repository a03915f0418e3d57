using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: asked plainly whether a deed was done, passages that never speak of the deed, nor of a
/// decision or an agreement, say neither yes nor no, and the answer says the articles don't say whether it was done. A
/// passage that names the deed, or a decision on it in other words, still answers.
/// </summary>
public sealed class AnswerWhetherDoneWhenTheDeedGoesUnnamedOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("y1", "1987-05-04", "Nordby and Varga on the Osprey",
            "Nordby Lines and Varga discussed the Osprey on Monday, the company said. "
            + "Nordby shares rose two pct in Oslo."),
        ("y2", "1987-05-06", "Kroll sells mill",
            "Kroll sold the Lund mill to Berg Paper on Wednesday for an undisclosed sum."),
        ("y3", "1987-05-08", "Vesterland Mining owners and Berg Metals",
            "The owners of Vesterland Mining turned down the tie-up with Berg Metals at a meeting in Geneva on Friday."),
        ("y4", "1987-05-11", "Trawler quota talks",
            "Norland and Vesterland envoys met in Geneva on Thursday, and both sides said the quarrel over trawler quotas had eased."));

    [Fact]
    public async Task PassagesThatNeverNameTheDeed_DoNotAnswerWhetherItWasDone()
    {
        Answer answer = await Corpus.AskAsync("did nordby lines charter the osprey from varga?");

        Assert.Equal(AnswerOutcome.NotCovered, answer.Outcome);
        Assert.StartsWith("The stored articles don't say whether it was done", answer.Lead, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Citations);
    }

    [Theory]
    [InlineData("did kroll sell the lund mill to berg paper?", "sold")]
    [InlineData("did vesterland mining merge with berg metals?", "turned down")]
    public async Task APassageThatNamesTheDeedOrADecisionOnIt_Answers(string question, string quoted)
    {
        Answer answer = await Corpus.AskAsync(question);

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains(quoted, answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuestionOpenToWhateverCameOfIt_IsAnsweredInOtherWords()
    {
        Answer answer = await Corpus.AskAsync("did the envoys change anything at the geneva talks on trawler quotas?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("had eased", answer.Citations[0].Quote, StringComparison.Ordinal);
    }
}
