using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: a word typed in lower case that the reports always write with a capital ("the
/// osprey") is a name, and a report that never mentions it does not answer for it, though it holds what is asked. A
/// report that writes the name, or a word one slip away from it, still answers.
/// </summary>
public sealed class AnswerANameTypedInLowerCaseOnASmallCorpusTests
{
    private static SmallCorpus Corpus() => SmallCorpus.Of(
        ("a1", "1987-03-03", "Berg Shipping sells tankers",
            "Berg Shipping said its tankers escort 40 barges each, and that it had sold 12 tankers to Nordby Lines. "
            + "The sale to Nordby Lines closes in May, the company said."),
        ("a2", "1987-03-20", "Navy keeps frigate near Varberg",
            "The navy will keep the frigate Osprey on station near Varberg, officials said. "
            + "Officials said the Osprey would stay there until May, with its escort ships."),
        ("a3", "1987-03-21", "Bank results",
            "Shares of Norrdby Bank rose, and Norrdby Bank said its profits were higher."));

    [Fact]
    public async Task ANameNoReportOfTheFigureMentions_IsNotAnsweredByAnotherReport()
    {
        Answer answer = await Corpus().AskAsync("how many tankers does the osprey escort");

        Assert.NotEqual(AnswerOutcome.Answered, answer.Outcome);
        Assert.DoesNotContain("12 tankers", answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many tankers did berg shipping sell to nordby lines")]
    [InlineData("how many tankers did berg shipping sell to norrdby lines")]
    public async Task ANameTheReportHolds_OrASlipOfIt_StillAnswers(string question)
    {
        Answer answer = await Corpus().AskAsync(question);

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("12 tankers", answer.Lead, StringComparison.Ordinal);
    }
}
