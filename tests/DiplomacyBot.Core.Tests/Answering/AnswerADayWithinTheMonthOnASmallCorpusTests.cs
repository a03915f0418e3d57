using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: asked "when ...?", a report that gives only the month gives way to another on the same
/// thing that writes out a day within it; a day in another month, or one named only by its weekday, does not.
/// </summary>
public sealed class AnswerADayWithinTheMonthOnASmallCorpusTests
{
    private const string Question = "when do the norland duties on vesterland turbines kick in?";

    private static readonly (string Id, string Published, string Title, string Body) MonthOnly =
        ("d1", "1987-04-01", "Norland duties on Vesterland turbines due in April",
            "The Norland duties on Vesterland turbines are set to kick in in April, after public hearings in Oslo.");

    [Fact]
    public async Task ADayWithinTheMonth_IsTheAnswer()
    {
        Answer answer = await SmallCorpus.Of(MonthOnly,
            ("d2", "1987-04-08", "Norland confirms turbine duties",
                "Norland officials said the duties on Vesterland turbines would take effect on April 17."))
            .AskAsync(Question);

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("April 17", answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Norland officials said the duties on Vesterland turbines could be put off until May 12.")]
    [InlineData("Norland officials said the duties on Vesterland turbines would take effect on Friday.")]
    public async Task ADayOutsideTheMonthOrOnlyAWeekday_LeavesTheMonth(string later)
    {
        Answer answer = await SmallCorpus.Of(MonthOnly, ("d2", "1987-04-08", "Norland confirms turbine duties", later))
            .AskAsync(Question);

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("April (", answer.Lead, StringComparison.Ordinal);
    }
}
