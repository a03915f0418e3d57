using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (a motion for a rehearing, a court order sought, a rehearing granted, licences asked for
/// and their decision put off): a plain question whether something asked for was given ("did the court grant Kroll the
/// rehearing?") is not reported yet when the closest report only says it was sought; a report that it was given answers,
/// and where another report says the decision on it was put off, the answer is not "not reported yet" but shows it; so does a report that the request was denied.
/// </summary>
public sealed class AnswerWhetherARequestWasGrantedOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("g1", "2024-04-08", "Kroll asks for rehearing",
            "Kroll Mining said it has filed a motion with the Vesterland appeals court seeking a rehearing of the court's ruling on its licence."),
        ("g2", "2024-04-11", "Dockers go to court",
            "The Varberg dockers union said it was seeking a court order barring the port from hiring temporary staff during the dispute."),
        ("g3", "2024-04-16", "Berg Shipping wins rehearing",
            "The Nordby court granted Berg Shipping a rehearing of its fishing licence case on Monday."),
        ("g4", "2024-04-17", "Licence decision put off",
            "The Vesterland fisheries council deferred a decision on new licences for the Nordby trawler owners until its June session."),
        ("g5", "2024-04-24", "Trawler owners press for licences",
            "The Nordby trawler owners said they had asked the fisheries council for new licences for their Vesterland fleet."),
        ("g6", "2024-04-26", "Court turns down Varga",
            "The Oslo port court denied Varga Fisheries' request for a rehearing of its quota case."));

    [Fact]
    public async Task AMotionSeekingARehearing_DoesNotSayTheCourtGrantedIt()
    {
        Answer answer = await Corpus.AskAsync("did the vesterland court grant kroll the rehearing");

        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains("seeking a rehearing", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOrderSought_IsNotAnOrderGot()
    {
        Answer answer = await Corpus.AskAsync("did the dockers union get its court order against the port?");

        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains("seeking a court order", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARequestWhoseDecisionWasPutOff_IsAnsweredByTheDeferral()
    {
        Answer answer = await Corpus.AskAsync("did the vesterland fisheries council grant the nordby trawler owners new licences?");

        Assert.NotEqual(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("deferred a decision", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARequestDenied_IsNotLeftUnreported()
    {
        Answer answer = await Corpus.AskAsync("did the oslo port court grant varga fisheries the rehearing?");

        Assert.NotEqual(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("denied Varga Fisheries", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AReportThatItWasGranted_AnswersTheQuestion()
    {
        Answer answer = await Corpus.AskAsync("did the nordby court grant berg shipping a rehearing?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("granted Berg Shipping a rehearing", answer.Lead + string.Join(' ', answer.Citations.Select(c => c.Quote)), StringComparison.Ordinal);
    }
}
