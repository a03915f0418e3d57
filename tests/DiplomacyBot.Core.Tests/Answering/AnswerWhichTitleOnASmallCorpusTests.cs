using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On small corpora built here: "which film earned the most nominations?" is answered by a sentence that names the
/// film only by its kind ("The film earned nine nominations ..."), after a sentence that gives its title in quotation
/// marks. The answer is that title, and the sentence that gives it is quoted.
/// </summary>
public sealed class AnswerWhichTitleOnASmallCorpusTests
{
    private static readonly (string, string?, string, string) Nominations =
        ("t1", "2024-03-10", "Awards nominations announced",
            "Critics have long adored the harbour drama \"Quiet Water.\" "
            + "The slow-burning drama led the field on Tuesday when the nominations were announced. "
            + "The film earned nine nominations including best picture and best director, while its star Ana Vidal was nominated for best actress.");

    private static readonly (string, string?, string, string) Festival =
        ("t2", "2024-02-01", "Film festival opens",
            "The city film festival opened on Friday with a record number of entries. Tickets sold out within hours.");

    [Fact]
    public async Task TheTitleOfAWorkNamedOnlyByItsKind_IsTheAnswer()
    {
        Answer answer = await SmallCorpus.Of(Nominations, Festival).AskAsync("which film earned the most nominations?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Quiet Water, according to", answer.Lead, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("\"Quiet Water.\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASentenceThatNamesTheWork_LeadsAsItIs()
    {
        Answer answer = await SmallCorpus.Of(Nominations, Festival).AskAsync("which drama do critics adore?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("According to", answer.Lead, StringComparison.Ordinal);
        Assert.Contains("Quiet Water", answer.Lead, StringComparison.Ordinal);
    }
}
