using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (two budgets of different years): a year typed with two digits ("the 24 budget") is
/// found as the reports write it, and picks the report of that year.
/// </summary>
public sealed class AnswerAYearTypedWithTwoDigitsOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("y1", "2024-01-10", "Vesterland budget",
            "Vesterland set aside 40 mln crowns for defence in its 2024 budget, the finance ministry said."),
        ("y2", "2023-01-12", "Vesterland budget",
            "Vesterland set aside 25 mln crowns for defence in its 2023 budget, the finance ministry said."));

    [Fact]
    public async Task AFigureOfAYearTypedWithTwoDigits_IsTheOneOfThatYear()
    {
        Answer answer = await Corpus.AskAsync("how much did vesterland set aside for defence in the 24 budget?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("40 mln", answer.Lead, StringComparison.Ordinal);
    }
}
