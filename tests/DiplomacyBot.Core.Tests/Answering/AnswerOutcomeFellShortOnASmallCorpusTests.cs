using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On small corpora built here: asked what came of something, when the closest report says it fell short ("stopped
/// short of imposing", "failed to agree"), the bot says no outcome is reported yet and quotes that report; a later
/// report of the outcome reached answers.
/// </summary>
public sealed class AnswerOutcomeFellShortOnASmallCorpusTests
{
    private const string Fell = "Norland farm ministers stopped short of imposing a milk quota on Tuesday, instead urging dairies to try again to reach a deal on voluntary cuts.";

    [Fact]
    public async Task WhatWasAgreed_IsNotReportedYet_WhenTheClosestReportSaysItFellShort()
    {
        Answer answer = await SmallCorpus.Of(("f1", "1987-06-02", "Norland milk talks", Fell))
            .AskAsync("what did norland farm ministers agree on the milk quota?");

        Assert.True(answer.Outcome == AnswerOutcome.NotYetReported, answer.Lead);
        Assert.Contains("stopped short of imposing", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatWasAgreed_IsAnswered_WhenALaterReportSaysItWasReached()
    {
        Answer answer = await SmallCorpus.Of(
                ("f1", "1987-06-02", "Norland milk talks", Fell),
                ("f2", "1987-06-20", "Norland sets milk quota",
                    "Norland farm ministers agreed on a milk quota of two mln tonnes on Friday after dairies failed to reach a deal on voluntary cuts."))
            .AskAsync("what did norland farm ministers agree on the milk quota?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("two mln tonnes", answer.Lead, StringComparison.Ordinal);
    }
}
