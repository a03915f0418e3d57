using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here, whose reports say that two rounds were held and a third agreed for the fall: a
/// question naming the round by its season in British English ("the autumn round") is about the round still to come,
/// though the same sentences report rounds held and an understanding reached.
/// </summary>
public sealed class AnswerSeasonOfAnEventOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("r1", "2025-09-20", "Ministers plan a third round",
            "The envoy said: \u201cWe have already had two rounds of river talks, and the ministers agreed to hold a third this fall.\u201d"),
        ("r2", "2025-09-21", "Understanding on river talks",
            "The two governments have reached an understanding to hold a third round of river talks this fall."));

    [Fact]
    public async Task WhatWasAgreedAtARoundStillToCome_IsNotReportedYet()
    {
        Answer answer = await Corpus.AskAsync("what was agreed at the autumn round of river talks?");

        Assert.True(answer.Outcome == AnswerOutcome.NotYetReported, answer.Lead);
        Assert.StartsWith("Not reported yet", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenTheRoundIsExpected_IsTheSeasonTheReportsGive()
    {
        Answer answer = await Corpus.AskAsync("when is the autumn round of river talks?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("This fall (autumn 2025)", answer.Lead, StringComparison.Ordinal);
    }
}
