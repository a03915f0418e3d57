using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: a word typed in lower case that the reports always write with a capital ("the
/// falcon") is a name, and a report that never mentions it does not answer for it, though it holds what is asked.
/// </summary>
public sealed class AnswerANameTypedInLowerCaseOnASmallCorpusTests
{
    private static SmallCorpus Corpus() => SmallCorpus.Of(
        ("a1", "1987-03-03", "Berg Aerospace to deliver jets",
            "Berg Aerospace said the new jets carry 40 passengers each, and that it had sold 12 jets to Nordby Air. "
            + "The company declined to name the other airlines buying the jets."),
        ("a2", "1987-03-20", "Navy keeps carrier near Nordby",
            "The navy will keep the carrier Falcon on station near Nordby, officials said. "
            + "Officials said the Falcon would stay there until May, with its escort ships."));

    [Fact]
    public async Task ANameNoReportOfTheFigureMentions_IsNotAnsweredByAnotherReport()
    {
        Answer answer = await Corpus().AskAsync("how many jets does the falcon carry");

        Assert.NotEqual(AnswerOutcome.Answered, answer.Outcome);
        Assert.DoesNotContain("12 jets", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANameTheReportHolds_StillAnswers()
    {
        Answer answer = await Corpus().AskAsync("how many jets did berg aerospace sell");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("12 jets", answer.Lead, StringComparison.Ordinal);
    }
}
