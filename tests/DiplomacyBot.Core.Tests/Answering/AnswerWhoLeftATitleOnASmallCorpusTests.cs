using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On small corpora built here: "which governor resigned?" asks for a person with that title. A report often gives
/// the title only in what the person left or served as ("Jon Strand resigned as governor"), and that gives it to them.
/// </summary>
public sealed class AnswerWhoLeftATitleOnASmallCorpusTests
{
    private static readonly (string, string?, string, string) Resigned =
        ("t1", "2024-04-16", "Northern governor quits",
            "Jon Strand resigned as governor of the northern province on Tuesday, citing poor health. "
            + "His deputy will act until an election is held.");

    private static readonly (string, string?, string, string) Budget =
        ("t2", "2024-03-12", "Province passes budget",
            "The northern province passed its budget for the year after a long debate. Spending on roads will rise.");

    [Theory]
    [InlineData("which governor resigned?")]
    [InlineData("who was the governor that stepped down for health reasons?")]
    public async Task TheTitleThePersonLeft_IsTheirs(string question)
    {
        Answer answer = await SmallCorpus.Of(Resigned, Budget).AskAsync(question);

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Jon Strand", answer.Lead, StringComparison.Ordinal);
    }
}
