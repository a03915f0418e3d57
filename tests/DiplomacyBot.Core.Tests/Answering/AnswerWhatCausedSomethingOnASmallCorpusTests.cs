using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (two fires): what caused a thing is told only by a report of its cause. A report of
/// what the fire caused ("no shortages as a result of the fire") does not answer.
/// </summary>
public sealed class AnswerWhatCausedSomethingOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("t1", "2024-04-02", "Fire halts Kroll mill",
            "Output at the Kroll pulp mill in Varberg halted after a fire on Tuesday. "
            + "Kroll said it would not suffer shortages of pulp as a result of the fire at the mill."),
        ("t2", "2024-04-09", "Berg sawmill blaze",
            "The blaze at the Berg sawmill in Nordby was caused by an electrical fault, the company said."),
        ("t3", "2024-04-12", "Varga warehouse fire",
            "A gas leak sparked the fire at the Varga warehouse in Nordby, firemen said."));

    [Fact]
    public async Task AReportOfTheCause_Answers()
    {
        Answer answer = await Corpus.AskAsync("what caused the blaze at the berg sawmill");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("electrical fault", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACauseThatDidIt_Answers()
    {
        Answer answer = await Corpus.AskAsync("what caused the fire at the varga warehouse?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("gas leak", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReportOfWhatTheFireCaused_DoesNotAnswer()
    {
        Answer answer = await Corpus.AskAsync("what caused the fire at the kroll pulp mill?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.StartsWith("The stored articles don't say what caused the fire.", answer.Lead, StringComparison.Ordinal);
    }
}
