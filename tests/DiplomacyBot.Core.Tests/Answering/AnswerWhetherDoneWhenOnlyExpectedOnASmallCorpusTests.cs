using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (reports of an appeal, an election and a port): a plain question whether something
/// was done ("did the owners win their appeal?") is not reported yet when the closest report only expects it ("the
/// appeal will be decided next month") and none says it was done. A report that it was done, or of what was done in
/// other words, answers as before.
/// </summary>
public sealed class AnswerWhetherDoneWhenOnlyExpectedOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("m1", "2024-04-10", "Trawler owners' appeal goes to court",
            "The appeal of the Norland trawler owners over their fishing licences will be decided by the Vesterland appeals court next month."),
        ("m2", "2024-04-12", "Varga family wins harbour case",
            "The Varga family won its compensation case against the port of Varberg on Tuesday."),
        ("m3", "2024-04-15", "Election called",
            "The coalition led by Prime Minister Berg will face voters in a general election in September, and Berg said the budget cuts would go ahead."),
        ("m4", "2024-04-18", "Harbour fees",
            "The port of Varberg raised its harbour fees by four pct, the port authority said on Thursday."),
        ("m5", "2024-04-19", "Rates",
            "Analysts expect the Norland central bank to cut interest rates next month."),
        ("m6", "2024-04-20", "Dockers lose appeal",
            "The labour court rejected the Varberg dockers' appeal over overtime pay, and the union will take the case to the supreme court next year."));

    [Fact]
    public async Task AnAppealThatWillBeDecided_IsNotReportedWon()
    {
        Answer answer = await Corpus.AskAsync("did the norland trawler owners win their licence appeal?");

        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains("will be decided by the Vesterland appeals court", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnElectionStillToCome_DoesNotSayWhoHeldOn()
    {
        Answer answer = await Corpus.AskAsync("did berg's coalition hang on to power in the september election");

        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains("will face voters", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReportThatItWasDone_AnswersTheQuestion()
    {
        Answer answer = await Corpus.AskAsync("did the varga family win their compensation case against varberg?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("won its compensation case", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReportOfWhatWasDoneInOtherWords_StillAnswers()
    {
        Answer answer = await Corpus.AskAsync("did varberg put up its harbour fees?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("raised its harbour fees", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AViewAskedAbout_IsAnsweredByTheViewHeld()
    {
        Answer answer = await Corpus.AskAsync("did analysts expect the norland central bank to cut interest rates?");

        Assert.NotEqual(AnswerOutcome.NotYetReported, answer.Outcome);
    }

    [Fact]
    public async Task AnAppealRejected_AnswersWhetherItWasWon()
    {
        Answer answer = await Corpus.AskAsync("did the varberg dockers win their overtime appeal?");

        Assert.NotEqual(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("rejected the Varberg dockers' appeal", StringComparison.Ordinal));
    }
}
