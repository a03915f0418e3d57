using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (a fisheries bill, a merger and a strike): a yes-no question on what a body did ("did
/// the assembly pass the bill?", "did the shareholders approve the merger?") is not answered by reports that never
/// name that body, whatever another body did; a report that names it answers as before.
/// </summary>
public sealed class AnswerWhatABodyDidOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("b1", "2024-05-02", "Norland senate passes fisheries bill",
            "The Norland senate voted 61 to 30 to pass the fisheries bill that limits trawler catches in the northern grounds."),
        ("b2", "2024-05-06", "Kroll and Varga agree merger",
            "Kroll Shipping said its board had approved the merger with Varga Lines, which still needs a vote at a special meeting in June."),
        ("b3", "2024-05-08", "Dockers end strike",
            "Varberg dockers voted to end their two-week strike after the port's employers raised their pay offer."),
        ("b4", "2024-05-09", "Vesterland cabinet backs gas deal",
            "The Vesterland cabinet approved the gas supply contract with Norland on Wednesday, the energy minister said."));

    [Fact]
    public async Task AnotherBodysVote_DoesNotAnswerWhatTheAssemblyDid()
    {
        Answer answer = await Corpus.AskAsync("so did the assembly also pass the norland fisheries bill?");

        Assert.True(answer.Abstained);
        Assert.Contains("what the assembly did", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheBoardsApproval_DoesNotAnswerWhatTheShareholdersDid()
    {
        Answer answer = await Corpus.AskAsync("did kroll shareholders approve the merger with varga?");

        Assert.True(answer.Abstained);
        Assert.Contains("what the shareholders did", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReportNamingTheBody_Answers()
    {
        Answer answer = await Corpus.AskAsync("did the vesterland cabinet ok the gas contract?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("cabinet approved the gas supply contract", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReportNamingTheBodyOrWhoItIs_Answers()
    {
        Answer senate = await Corpus.AskAsync("did the norland senate pass the fisheries bill?");
        Answer dockers = await Corpus.AskAsync("did the varberg dockers call off their strike?");

        Assert.Equal(AnswerOutcome.Answered, senate.Outcome);
        Assert.Equal(AnswerOutcome.Answered, dockers.Outcome);
    }
}
