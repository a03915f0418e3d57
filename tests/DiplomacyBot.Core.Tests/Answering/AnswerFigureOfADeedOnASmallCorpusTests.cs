using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (a ferry company's deals and a port's staff): "how much did Kroll raise?" and "how many
/// workers did the port hire?" ask the figure of a deed, which the sentence that answers reports: a figure of another
/// deed ("cut 150 workers") does not answer, and one the report only plans ("plans to ... raise") is not reported yet.
/// </summary>
public sealed class AnswerFigureOfADeedOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("f1", "2024-07-01", "Kroll to float ferry unit",
            "Kroll Shipping bought the Varga ferry line last year for 140 mln dlrs. Kroll plans to list the ferry unit on the Norland exchange to raise about 300 mln dlrs, its finance director said."),
        ("f2", "2024-07-03", "Varberg port trims staff",
            "The port of Varberg cut 150 workers from its cargo unit after freight volumes fell. It hired 40 dock workers for its container quay in March."),
        ("f3", "2024-07-05", "Vesterland airline sells jets",
            "Vesterland Air sold four jets to a leasing company for 96 mln dlrs, the airline said on Friday. It will hire 30 pilots and cabin workers next year."),
        ("f4", "2024-07-08", "Berg Freight share sale",
            "Berg Freight, which plans a second listing next year, raised 80 mln dlrs from a share sale in May."));

    [Fact]
    public async Task AFigureTheReportOnlyPlansToRaise_IsNotReportedYet()
    {
        Answer answer = await Corpus.AskAsync("how much did kroll raise from listing the ferry unit?");

        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains("plans to list the ferry unit", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFigureOfAnotherDeed_DoesNotAnswer()
    {
        Answer answer = await Corpus.AskAsync("how many workers did the port of varberg hire?");

        Assert.StartsWith("40 dock workers", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFigureOfTheDeedAsked_Answers()
    {
        Answer cut = await Corpus.AskAsync("how many workers did the port of varberg cut?");
        Answer sold = await Corpus.AskAsync("how much did vesterland air sell its jets for");

        Assert.StartsWith("150 workers", cut.Lead, StringComparison.Ordinal);
        Assert.StartsWith("96 mln dlrs", sold.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFigureRaised_IsNotTakenForPlannedByAnotherClausesPlan()
    {
        Answer answer = await Corpus.AskAsync("how much did berg freight raise from its share sale?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.StartsWith("80 mln dlrs", answer.Lead, StringComparison.Ordinal);
    }
}
