using DiplomacyBot.Core.Time;
using Xunit;

namespace DiplomacyBot.Core.Tests.Time;

public class WeekdayTaggingTests
{
    // 3 March 1987 was a Tuesday.
    private const string Tuesday = "1987-03-03";

    [Theory]
    [InlineData("the Bundesbank council meets on Thursday", "Thursday", "1987-03-05")]
    [InlineData("the council met on Thursday", "Thursday", "1987-02-26")]
    [InlineData("the minister said on Monday that rates would stay", "Monday", "1987-03-02")]
    [InlineData("the talks will resume on Monday", "Monday", "1987-03-09")]
    [InlineData("the council is scheduled to meet on Friday", "Friday", "1987-03-06")]
    [InlineData("the decision was announced last Friday", "last Friday", "1987-02-27")]
    [InlineData("the cabinet meets next Tuesday", "next Tuesday", "1987-03-10")]
    [InlineData("officials confirmed the figures Tuesday", "Tuesday", "1987-03-03")]
    public void Weekdays_resolve_to_the_exact_date_on_the_side_the_tense_points_to(string text, string span, string value) =>
        TagAssert.Tagged(text, Tuesday, span, TimexType.Date, value);

    // TimeBank/AQUAINT value "Sunday night" and "Tuesday morning" as the day about twice as often as with TNI/TMO;
    // evenings and afternoons, and parts of day narrowed by "early"/"late", keep the part of day.
    [Fact]
    public void A_weekday_night_or_morning_is_the_day() =>
        TagAssert.Tagged("Shelling began on Sunday night.", Tuesday, "Sunday night", TimexType.Date, "1987-03-01");

    [Theory]
    [InlineData("Talks ended on Sunday evening.", "Sunday evening", "1987-03-01TEV")]
    [InlineData("Shelling began early Sunday morning.", "early Sunday morning", "1987-03-01TMO")]
    public void A_weekday_evening_or_an_early_morning_is_a_time(string text, string span, string value) =>
        TagAssert.Tagged(text, Tuesday, span, TimexType.Time, value);
}
