using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On small corpora built here: "where was Brandt when she said a 4th round would be held?" asks where the statement was
/// made. The round the statement tells of is still to come, but that is not what is asked; the report gives the
/// occasion in a sentence near the statement that names the speaker.
/// </summary>
public sealed class AnswerWhereAStatementWasMadeOnASmallCorpusTests
{
    private static readonly (string, string?, string, string) Agreed =
        ("t1", "2024-03-10", "River states to meet again in the autumn",
            "The river states have agreed to hold a fourth round of talks in the autumn, focusing on fishing quotas and dams. "
            + "This was confirmed by Foreign Minister Ilse Brandt after her address to the closing session of the Nordic River Council. "
            + "Brandt told reporters that work on the quotas was going on. "
            + "Brandt said that \"we have already had three rounds, and we agreed to hold a fourth in the autumn.\"");

    private static readonly (string, string?, string, string) Ended =
        ("t2", "2024-02-01", "Third round of river talks ends",
            "The third round of talks between the river states ended in Oslo on Friday. Delegates said the talks had been useful.");

    [Theory]
    [InlineData("where was brandt when she said a 4th round would be held?")]
    [InlineData("where did brandt announce the fourth round")]
    public async Task TheOccasionNearTheStatement_Answers(string question)
    {
        Answer answer = await SmallCorpus.Of(Agreed, Ended).AskAsync(question);

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("The closing session of the Nordic River Council", answer.Lead, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("closing session", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("where was brandt when she said a 4th round would be held?", true, "brandt")]
    [InlineData("where did the minister say the talks would be held?", true, "minister")]
    [InlineData("where was brandt speaking when she confirmed the fourth round?", true, "brandt")]
    [InlineData("where did brandt speak about the quotas?", true, "brandt")]
    [InlineData("where will the 4th round be held?", false, null)]
    [InlineData("where were the talks held, as the minister said?", false, null)]
    public void AQuestionForWhereAStatementWasMade_IsKnownWithItsSpeaker(string question, bool asked, string? speaker)
    {
        AnalyzedQuestion analyzed = new QuestionAnalyzer().Analyze(question);

        Assert.Equal(asked, analyzed.AsksStatementPlace);
        Assert.Equal(speaker, analyzed.Speaker);
        if (asked)
        {
            Assert.Null(analyzed.NumberedEvent);
        }
    }
}
