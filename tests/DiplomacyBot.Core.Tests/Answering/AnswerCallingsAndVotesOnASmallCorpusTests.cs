using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (reports on Norland's ferries and docks): "who's the lawyer ...?" is answered only by
/// someone the report calls a lawyer, not by the judge it names; "how did the vote go?" and "what was the vote count?"
/// by the votes cast, and not by a report that only says a vote was held.
/// </summary>
public sealed class AnswerCallingsAndVotesOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("k1", "2024-04-10", "Ferry crash families may sue in Vesterland",
            "Families of the Norland ferry crash victims may sue the ferry operator in Vesterland, a court ruled on Monday. The ruling, by Judge Anna Berg, came in a hearing on suits in which the families seek damages."),
        ("k2", "2024-04-15", "Norland dockers accept pay deal",
            "Norland dockers voted overwhelmingly to accept a new pay deal with the port authority, ending a two-week strike. Members of the dockers' union voted 812 to 40 to accept the deal, by the union's count."),
        ("k3", "2024-04-20", "Vesterland parliament votes on timber bill",
            "The Vesterland parliament voted on the timber bill on Friday after a long debate, the speaker said."));

    [Fact]
    public async Task WhoIsTheLawyer_IsNotAnsweredByTheJudgeTheReportNames()
    {
        Answer lawyer = await Corpus.AskAsync("who is the lawyer in the ferry crash hearing?");
        Answer judge = await Corpus.AskAsync("which judge ruled on the ferry crash suits?");

        Assert.True(lawyer.Abstained, lawyer.Lead);
        Assert.DoesNotContain("Anna Berg", lawyer.Lead, StringComparison.Ordinal);
        Assert.False(judge.Abstained, judge.Lead);
        Assert.Contains("Anna Berg", judge.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheVoteCount_IsAnsweredByTheVotesCast()
    {
        Answer count = await Corpus.AskAsync("what was the vote count on the norland dockers pay deal?");
        Answer went = await Corpus.AskAsync("how did the dockers vote on the pay deal go?");

        Assert.False(count.Abstained, count.Lead);
        Assert.Contains("812 to 40", count.Lead, StringComparison.Ordinal);
        Assert.Contains("812 to 40", went.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HowTheVoteWent_IsNotAnsweredByAReportThatOnlySaysAVoteWasHeld()
    {
        Answer bill = await Corpus.AskAsync("how did the vesterland parliament's vote on the timber bill go?");

        Assert.True(bill.Abstained, bill.Lead);
        Assert.StartsWith("The stored articles don't say how the vote went.", bill.Lead, StringComparison.Ordinal);
    }
}
