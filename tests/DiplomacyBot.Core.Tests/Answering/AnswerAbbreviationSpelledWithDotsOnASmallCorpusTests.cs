using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: a question that writes an abbreviation without dots ("UN") finds the report that
/// writes it with them ("U.N"), so the report counts as one about what the question names. Asked whether a meeting it
/// only expects came about, the answer is that it is not reported yet.
/// </summary>
public sealed class AnswerAbbreviationSpelledWithDotsOnASmallCorpusTests
{
    private static readonly (string, string?, string, string) Visit =
        ("u1", "2024-03-10", "Envoy to visit border region",
            "The U.N envoy is expected to meet rebel commanders in Dorvik when he tours the border region next week, diplomats said. "
            + "The rebels have held the town since January.");

    private static readonly (string, string?, string, string) Aid =
        ("u2", "2024-02-01", "Aid convoy reaches valley",
            "An aid convoy reached the valley on Friday after a week of delays. Drivers said the roads were clear.");

    [Fact]
    public async Task AReportWritingTheAbbreviationWithDots_IsAboutWhatTheQuestionNames()
    {
        Answer answer = await SmallCorpus.Of(Visit, Aid).AskAsync("did the UN envoy end up meeting the rebel commanders in Dorvik?");

        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("is expected to meet", StringComparison.Ordinal));
    }
}
