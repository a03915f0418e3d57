using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: a question on what is to be done ("is the bank going to cut rates again?") is
/// answered by what the reports say is intended; only a question whether it was done is "not reported yet" when the
/// reports only speak of an aim.
/// </summary>
public sealed class AnswerWhatIsIntendedOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("r1", "2024-09-02", "Varberg central bank holds rates",
            "Governor Ida Lund said the Varberg central bank did not intend to lower its lending rate again before the spring."));

    [Fact]
    public async Task IsItGoingToBeDone_IsAnsweredByWhatIsIntended()
    {
        Answer answer = await Corpus.AskAsync("is the varberg central bank gonna lower its lending rate again soon?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("did not intend to lower", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WillItBeDone_IsAnsweredByWhatIsIntended()
    {
        Answer answer = await Corpus.AskAsync("will the varberg central bank lower its lending rate again?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("did not intend to lower", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WasItDone_WhenTheReportsOnlySpeakOfAnAim_IsNotReportedYet()
    {
        Answer answer = await SmallCorpus.Of(
            ("r2", "2024-09-03", "Varberg central bank eyes a cut",
                "Governor Ida Lund said the Varberg central bank plans to cut its lending rate next month."))
            .AskAsync("did the varberg central bank cut its lending rate again?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.StartsWith("Not reported yet", answer.Lead, StringComparison.Ordinal);
    }
}
