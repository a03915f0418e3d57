using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: "how much ..., in dinars?" names a currency, so it asks for a sum of money. A share
/// ("rose 12.5 pct") does not answer it; a sum does.
/// </summary>
public sealed class AnswerASumInTheCurrencyAskedOnASmallCorpusTests
{
    private static readonly (string Id, string? Published, string Title, string Body) ShareReported =
        ("b1", "2024-06-03", "Lund banks report more bad loans",
            "Bad loans held by the banks of Lund rose 12.5 pct last year, the central bank said.");

    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ShareReported,
        ("b2", "2024-06-04", "Central bank report",
            "The central bank said the banks of Lund held bad loans of 3.4 billion dinars at the end of the year."));

    [Fact]
    public async Task HowMuchInACurrency_IsAnsweredByASum_NotAShare()
    {
        Answer answer = await Corpus.AskAsync("how much in bad loans are the lund banks holding, in dinars?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("3.4 billion dinars", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HowMuchInACurrency_WithOnlyAShareReported_Abstains()
    {
        Answer answer = await SmallCorpus.Of(ShareReported).AskAsync("how much in bad loans are the lund banks holding, in dinars?");

        Assert.True(answer.Abstained, answer.Lead);
    }
}
