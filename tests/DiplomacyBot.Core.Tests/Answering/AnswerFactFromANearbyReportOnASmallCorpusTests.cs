using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: when the best sentence lacks the fact asked for, a sentence of another report that
/// holds a fact of that kind but shares few of the question's words is about something else, and does not answer.
/// </summary>
public sealed class AnswerFactFromANearbyReportOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("f1", "2023-01-10", "Envoys raise staff rules",
            "The envoys protested at the start of banning local staff at foreign embassies in Norland."),
        ("f2", "2024-04-29", "Minister recalls old quarrels",
            "The minister said quarrels over staff at foreign embassies went back to 2009."),
        ("f3", "2024-04-12", "Harbour fees rise",
            "Harbour fees in Norland rose by two pct in March, the port authority said."));

    [Fact]
    public async Task AFactSharingFewWords_DoesNotAnswer()
    {
        Answer answer = await Corpus.AskAsync("when did norland start banning local staff at foreign embassies?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.DoesNotContain("2009", answer.Lead, StringComparison.Ordinal);
    }
}
