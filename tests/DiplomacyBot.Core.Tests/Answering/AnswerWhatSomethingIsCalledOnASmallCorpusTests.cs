using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: "what is the name of the new research vessel?" and "what was the vessel called?" ask
/// for a name as "which vessel ...?" does. The sentence that best matches the question but names nothing ("A new research
/// vessel left the shipyard ...") does not lead; one nearly as good that gives the name does.
/// </summary>
public sealed class AnswerWhatSomethingIsCalledOnASmallCorpusTests
{
    private static readonly (string, string?, string, string) Launch =
        ("v1", "2024-03-10", "Shipyard launches research vessel",
            "A new research vessel left the shipyard this week for its first survey of the northern shelf. "
            + "Its owners christened the vessel Kestrel Dawn at a ceremony attended by 300 guests. "
            + "The ship carries a crew of 40 scientists.");

    private static readonly (string, string?, string, string) Harbour =
        ("v2", "2024-02-01", "Harbour dredging begins",
            "Dredging of the old harbour began on Friday to let larger ships berth. The work will take two years.");

    [Theory]
    [InlineData("what is the name of the new research vessel?")]
    [InlineData("what was the new research vessel called?")]
    [InlineData("whats the research vessel's name")]
    public async Task AQuestionForTheNameOfAThing_IsAnsweredByTheSentenceThatNamesIt(string question)
    {
        Answer answer = await SmallCorpus.Of(Launch, Harbour).AskAsync(question);

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("Kestrel Dawn", answer.Lead, StringComparison.Ordinal);
    }
}
