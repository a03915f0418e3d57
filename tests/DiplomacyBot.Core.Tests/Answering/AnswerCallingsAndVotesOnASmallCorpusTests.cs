using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On small corpora built here (reports on Norland's ferries, docks and parliament): "who's the lawyer ...?" is
/// answered only by someone the report calls a lawyer, not by the judge it names; "how did the vote go?" and "what was
/// the vote count?" by the votes cast or what the vote did, not by a report that only says a vote was held, nor by a
/// survey.
/// </summary>
public sealed class AnswerCallingsAndVotesOnASmallCorpusTests
{
    private static readonly (string, string?, string, string) Ruling = ("k1", "2024-04-10", "Ferry crash families may sue in Vesterland",
        "Families of the Norland ferry crash victims may sue the ferry operator in Vesterland, a court ruled on Monday. The ruling, by Judge Anna Berg, came in a hearing in which lawyers for the operator argued the suits belonged in Norland.");

    private static readonly SmallCorpus Votes = SmallCorpus.Of(
        ("k2", "2024-04-15", "Norland dockers accept pay deal",
            "Norland dockers voted overwhelmingly to accept a new pay deal with the port authority, ending a two-week strike. Members of the dockers' union voted 812 to 40 to accept the deal, by the union's count."),
        ("k3", "2024-04-20", "Vesterland parliament votes on timber bill",
            "The Vesterland parliament voted on the timber bill on Friday after a long debate, the speaker said. An opinion poll showed 52 pct of Vesterland voters back the timber bill."),
        ("k4", "2024-04-22", "Norland senate passes forestry bill",
            "The Norland senate passed the forestry bill 68-32 on Friday."));

    [Fact]
    public async Task WhoIsTheLawyer_IsNotAnsweredByTheJudgeTheReportNames()
    {
        Answer lawyer = await SmallCorpus.Of(Ruling).AskAsync("who is the lawyer in the ferry crash hearing?");
        Answer judge = await SmallCorpus.Of(Ruling).AskAsync("which judge ruled on the ferry crash suits?");

        Assert.True(lawyer.Abstained, lawyer.Lead);
        Assert.DoesNotContain("Anna Berg", lawyer.Lead, StringComparison.Ordinal);
        Assert.False(judge.Abstained, judge.Lead);
        Assert.Contains("Anna Berg", judge.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhoIsTheLawyer_IsAnsweredBySomeoneTheReportCallsALawyer()
    {
        Answer lawyer = await SmallCorpus.Of(Ruling, ("k5", "2024-04-11", "Ferry crash families to appeal",
                "Jon Lund, a lawyer for the ferry crash families, said on Tuesday the families would appeal."))
            .AskAsync("who is the lawyer for the ferry crash families?");

        Assert.False(lawyer.Abstained, lawyer.Lead);
        Assert.Contains("Jon Lund", lawyer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheVoteCount_IsAnsweredByTheVotesCast()
    {
        Answer count = await Votes.AskAsync("what was the vote count on the norland dockers pay deal?");
        Answer went = await Votes.AskAsync("how did the dockers vote on the pay deal go?");
        Answer senate = await Votes.AskAsync("how did the norland senate vote on the forestry bill go?");

        Assert.False(count.Abstained, count.Lead);
        Assert.Contains("812 to 40", count.Lead, StringComparison.Ordinal);
        Assert.False(went.Abstained, went.Lead);
        Assert.Contains("to accept", went.Lead, StringComparison.Ordinal);
        Assert.False(senate.Abstained, senate.Lead);
        Assert.Contains("68-32", senate.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HowTheVoteWent_IsNotAnsweredByAReportThatOnlySaysAVoteWasHeld_NorByASurvey()
    {
        Answer bill = await Votes.AskAsync("how did the vesterland parliament's vote on the timber bill go?");

        Assert.True(bill.Abstained, bill.Lead);
        Assert.StartsWith("The stored articles don't say how the vote went.", bill.Lead, StringComparison.Ordinal);
    }
}
