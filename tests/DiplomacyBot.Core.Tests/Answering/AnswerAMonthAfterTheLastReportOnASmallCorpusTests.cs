using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: a question about a month that the only report on the matter still looks ahead to is
/// not reported yet, even when reports on other matters were written in that month.
/// </summary>
public sealed class AnswerAMonthAfterTheLastReportOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("m1", "2024-03-20", "Portugal may cut base lending rate in April",
            "Portugal may cut its base lending rate by half a point from a current 7.5 pct in April to spur growth, finance minister Aro Pell said. "
            + "The last cut, of 0.25 pct, took effect on February 1."),
        ("m2", "2024-04-12", "Finland banks cut lending rate",
            "Finland's big banks cut their base lending rate to 9 pct from 9.5 pct, effective from April 15."));

    [Fact]
    public async Task ACutOnlyExpectedForTheMonthAsked_IsNotReportedYet()
    {
        Answer answer = await Corpus.AskAsync("how much did portugal cut its base lending rate in april?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains("Portugal may cut", answer.Lead, StringComparison.Ordinal);
    }
}
