using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (reports of sales and offers): a report that says the figure asked for was not
/// disclosed, or that no details of the thing were given, answers that it was not, over another figure the same report
/// gives; a report that gives the figure answers with it.
/// </summary>
public sealed class AnswerFigureNotDisclosedOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("d1", "2024-04-10", "Kroll to buy Varga dairy unit",
            "Kroll Holdings said it agreed to buy the dairy unit of Varga Foods. "
            + "A Kroll spokesman declined to give a figure for the dairy deal. "
            + "Kroll already owns 40 pct of the Varga bakery business."),
        ("d2", "2024-04-12", "Berg sells copper mine",
            "Berg Mining said it would sell its Norland copper mine to Vesterland Metals for 120 mln dlrs."),
        ("d3", "2024-04-15", "Port fees", "The port of Varberg raised its harbour fees by four pct on Thursday."),
        ("d4", "2024-04-16", "Berg to cut jobs",
            "Berg Mining will cut 400 jobs at its Lund smelter, the company said. "
            + "Berg declined to give details of the job cuts at the Lund smelter."),
        ("d5", "2024-04-18", "Rival bid for Lund grain terminal",
            "Varga Ports has put in a rival bid for the Lund grain terminal, Berg Holdings said on Tuesday. "
            + "Berg Holdings sold two older cranes for 80 mln dlrs last year. "
            + "Berg declined to give details of the Varga bid for the Lund grain terminal, saying only that its board would weigh it in June."));

    [Fact]
    public async Task AFigureTheReportSaysWasNotGiven_IsNotAnsweredByAnotherOfItsFigures()
    {
        Answer answer = await Corpus.AskAsync("how much is kroll paying for the varga dairy deal?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.StartsWith("The figure was not disclosed", answer.Lead, StringComparison.Ordinal);
        Assert.Contains("declined to give a figure", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoDetailsGivenOfTheThingPriced_IsNotAnsweredByAnotherSumInTheReport()
    {
        Answer answer = await Corpus.AskAsync("how much is varga bidding for the lund grain terminal?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.StartsWith("The figure was not disclosed", answer.Lead, StringComparison.Ordinal);
        Assert.DoesNotContain("80 mln", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFigureGiven_Answers()
    {
        Answer answer = await Corpus.AskAsync("how much is berg selling the norland copper mine for?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.StartsWith("120 mln dlrs", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DetailsNotGiven_DoNotHideTheFigureGiven()
    {
        Answer answer = await Corpus.AskAsync("how many jobs will berg cut at the lund smelter?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.StartsWith("400 jobs", answer.Lead, StringComparison.Ordinal);
    }
}
