using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (two companies' heads): who holds a company's title is told only by a report of that
/// company; the president of another company does not answer it.
/// </summary>
public sealed class AnswerTheHolderOfABodysTitleOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("t1", "2024-04-02", "Kroll Mining president resigns",
            "Kroll Mining Inc said its president Anna Berg resigned and will be replaced by Jon Strand."),
        ("t2", "2024-04-09", "Varga Shipping results",
            "Varga Shipping said first quarter profit rose 12 pct on higher freight rates, and its president said the outlook was good."));

    [Fact]
    public async Task ThePresidentOfTheCompanyAsked_IsGiven()
    {
        Answer answer = await Corpus.AskAsync("who's the president of kroll mining?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("Anna Berg", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePresidentOfAnotherCompany_DoesNotAnswerForOneNoReportNamesHimFor()
    {
        Answer answer = await Corpus.AskAsync("who is the president of nordby freight");

        Assert.True(answer.Abstained, answer.Lead);
    }
}
