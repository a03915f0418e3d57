using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (two bills and a merger): "did parliament pass the law?" asks whether a decision was
/// taken, which only a report of the decision settles, in the question's word or a word of agreement; a report that the
/// law was put to parliament does not.
/// </summary>
public sealed class AnswerWhetherADecisionWasTakenOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("n1", "2024-04-02", "Norland port dues law",
            "The Norland finance ministry said it has presented parliament with a new law on port dues for foreign ships."),
        ("v1", "2024-04-08", "Vesterland fishing bill",
            "The Vesterland parliament passed the fishing bill on Tuesday by 80 votes to 20."),
        ("m1", "2024-04-12", "Kroll and Berg merger",
            "Kroll Shipping and Berg Freight shareholders endorsed the merger of the two lines at meetings on Thursday."),
        ("t1", "2024-04-15", "Fishing treaty",
            "The Norland fishing treaty was submitted to the Vesterland parliament on Monday."),
        ("y1", "2024-04-18", "Varberg yard to close",
            "The Kroll board decided to close the Varberg yard at the end of the year."));

    [Fact]
    public async Task AReportThatTheLawWentToParliament_DoesNotSayItPassed()
    {
        Answer answer = await Corpus.AskAsync("was the port dues law passed by the norland parliament?");

        Assert.True(answer.Abstained, answer.Lead);
    }

    [Fact]
    public async Task TheThingDecidedOnNamed_IsNoReportOfTheDecision()
    {
        Answer answer = await Corpus.AskAsync("did the vesterland parliament ratify the norland fishing treaty?");

        Assert.True(answer.Abstained, answer.Lead);
    }

    [Fact]
    public async Task AReportOfTheDecision_Answers()
    {
        Answer passed = await Corpus.AskAsync("did the vesterland parliament pass the fishing bill?");
        Answer approved = await Corpus.AskAsync("did kroll and berg shareholders approve the merger?");

        Assert.False(passed.Abstained, passed.Lead);
        Assert.Contains("passed the fishing bill", passed.Lead, StringComparison.Ordinal);
        Assert.False(approved.Abstained, approved.Lead);
        Assert.Contains("endorsed the merger", approved.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADecisionToDoSomething_AnswersWhetherItWasDecided()
    {
        Answer answer = await Corpus.AskAsync("did the kroll board decide to close the varberg yard?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("decided to close the Varberg yard", answer.Lead, StringComparison.Ordinal);
    }
}
