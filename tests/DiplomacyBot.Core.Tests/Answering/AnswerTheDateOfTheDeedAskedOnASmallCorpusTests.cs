using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: "when did ... approve ...?" is answered by the date a report gives the approval, not
/// by a date the same story gives a meeting about it; with no report dating the deed, the answer says so. A deed that
/// names an event ("meet") is dated by any report of it, and an agreement signed by a word of agreement beside the
/// agreement it names. (The fishing bill to approve puts the
/// word for the deed in the corpus: a word no article uses is not asked of them.)
/// </summary>
public sealed class AnswerTheDateOfTheDeedAskedOnASmallCorpusTests
{
    private static readonly SmallCorpus Undated = SmallCorpus.Of(
        ("r1", "1987-03-20", "Norland weighs Vesterland port plan",
            "Norland's cabinet met on March 12 to weigh the Vesterland port plan, officials said. "
            + "The Vesterland port plan would double the port's capacity, the finance minister Erik Varga said."),
        ("r0", "1987-03-21", "Nordby fishing bill passes",
            "Nordby's parliament is to approve a fishing quota bill, its speaker Anna Berg said."));

    [Fact]
    public async Task WhenWasItDone_WithNoReportDatingTheDeed_Abstains()
    {
        Answer answer = await Undated.AskAsync("when did norland's cabinet approve the vesterland port plan?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.DoesNotContain("March 12", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenWasItDone_IsAnsweredByTheDateOfTheDeed()
    {
        Answer answer = await SmallCorpus.Of(
            ("r2", "1987-03-25", "Norland approves Vesterland port plan",
                "Norland's cabinet met on March 12 to weigh the Vesterland port plan, officials said. "
                + "The cabinet approved the Vesterland port plan on March 19, the finance minister Erik Varga said."))
            .AskAsync("when did norland's cabinet approve the vesterland port plan?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("March 19", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenWasItDone_ToAThingOwned_AsksTheDateOfTheVerb()
    {
        Answer answer = await Undated.AskAsync("when did the norland cabinet approve vesterland's port plan?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.DoesNotContain("March 12", answer.Lead, StringComparison.Ordinal);
    }

    private static readonly SmallCorpus Agreements = SmallCorpus.Of(
        ("r3", "1987-07-01", "Lund Air and Nordby Air in catering accord",
            "A catering accord between Lund Air and Nordby Air was concluded on June 3, 1985, Lund Air's Ida Lund said."),
        ("r4", "1987-07-02", "Lund Air chief in Nordby",
            "Lund Air's chairman Erik Varga reached Nordby on June 2 to meet Nordby Air, and will sign a cleaning contract there."));

    [Fact]
    public async Task WhenWasAnAgreementSigned_IsDatedByAWordOfAgreementBesideTheAgreement()
    {
        Answer answer = await Agreements.AskAsync("when did lund air sign the catering accord with nordby air?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("June 3, 1985", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenWasAnAgreementSigned_IsNotDatedByAWordOfAgreementAlone()
    {
        Answer answer = await Agreements.AskAsync("when did lund air's chairman sign a cleaning contract with nordby air?");

        Assert.DoesNotContain("June 2", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenDidTheyMeet_IsDatedByAnyReportOfTheMeeting()
    {
        Answer answer = await Undated.AskAsync("when did norland's cabinet meet on the vesterland port plan?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("March 12", answer.Lead, StringComparison.Ordinal);
    }
}
