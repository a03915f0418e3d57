using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: a question that only names a figure ("vesterland jobless rate for march?") asks for
/// it, and a report that calls the same measure by another word the question's words expand to ("unemployment rate")
/// gives it.
/// </summary>
public sealed class AnswerAFigureNamedWithoutAskingOnASmallCorpusTests
{
    private static readonly (string Id, string Published, string Title, string Body) Report =
        ("j1", "1987-04-02", "Vesterland March jobless total rises",
            "The labour office said 212,000 people were out of work in Vesterland in March, against 198,000 a month before. "
            + "Vesterland's unemployment rate, adjusted for the season, climbed to 7.1 pct in March.");

    [Theory]
    [InlineData("vesterland jobless rate for march?")]
    [InlineData("whats vesterland's jobless rate for march?")]
    public async Task TheRate_IsGiven_WhereTheReportCallsItByAnotherWord(string question)
    {
        Answer answer = await SmallCorpus.Of(Report).AskAsync(question);

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("7.1 pct", answer.Lead, StringComparison.Ordinal);
    }
}
