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

    [Fact]
    public void A_weekday_with_a_part_of_day_is_a_time() =>
        TagAssert.Tagged("Shelling began on Sunday night.", Tuesday, "Sunday night", TimexType.Time, "1987-03-01TNI");
}
