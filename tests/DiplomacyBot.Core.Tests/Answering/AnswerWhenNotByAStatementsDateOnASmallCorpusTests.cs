using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (fish tariffs and a regulator's brief): a date just before the verb of a statement
/// ("exporters last week announced") or borne by a document ("a memo dated May 3") dates the statement, not what
/// the question asks about; the date of the event itself answers.
/// </summary>
public sealed class AnswerWhenNotByAStatementsDateOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("d1", "2024-04-03", "Norland exporters try to head off fish tariffs",
            "Norland fish exporters last week announced price cuts to head off the Vesterland fish tariffs, which officials said would kick in as planned."),
        ("d2", "2024-04-03", "Fish tariffs set",
            "The Vesterland fish tariffs take effect on May 20, the trade ministry said."),
        ("d3", "2024-06-29", "Regulator to file brief in Kroll case",
            "In a memo dated May 3, the regulator told Kroll and Varga that it would file its brief in the case."),
        ("d4", "2024-06-30", "Varga on the brief",
            "The regulator's brief in the Kroll case is due on July 8, Varga said."),
        ("d5", "2024-05-02", "Vesterland quotas",
            "The new Vesterland herring quotas take effect on June 2, said the fisheries ministry."));

    [Fact]
    public async Task ADateBeforeTheVerbOfAStatement_DoesNotAnswerWhenTheEventIs()
    {
        Answer answer = await Corpus.AskAsync("when do the vesterland fish tariffs kick in");

        Assert.StartsWith("May 20", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheEventsDate_BeforeASayingPutAfterIt_StillAnswers()
    {
        Answer answer = await Corpus.AskAsync("when do the vesterland herring quotas take effect?");

        Assert.StartsWith("June 2", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDateALetterBears_DoesNotAnswerWhenTheEventIs()
    {
        Answer answer = await Corpus.AskAsync("when will the regulator file its brief in the kroll case?");

        Assert.StartsWith("July 8", answer.Lead, StringComparison.Ordinal);
    }
}
