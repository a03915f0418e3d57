using DiplomacyBot.Core.Time;
using Xunit;

namespace DiplomacyBot.Core.Tests.Time;

public class RelativeDateTaggingTests
{
    private const string Reference = "2025-04-30";

    [Theory]
    [InlineData("The minister spoke today.", "today", "2025-04-30")]
    [InlineData("The minister spoke yesterday.", "yesterday", "2025-04-29")]
    [InlineData("The minister will speak tomorrow.", "tomorrow", "2025-05-01")]
    [InlineData("He visited last week.", "last week", "2025-W17")]
    [InlineData("He is visiting this week.", "this week", "2025-W18")]
    [InlineData("He will visit next week.", "next week", "2025-W19")]
    [InlineData("Exports fell last month.", "last month", "2025-03")]
    [InlineData("Exports may rise this month.", "this month", "2025-04")]
    [InlineData("Exports may rise next month.", "next month", "2025-05")]
    [InlineData("Growth slowed last year.", "last year", "2024")]
    [InlineData("Growth slowed this year.", "this year", "2025")]
    [InlineData("Growth may recover next year.", "next year", "2026")]
    [InlineData("The pact was agreed earlier this year.", "earlier this year", "2025")]
    [InlineData("Clashes erupted two days ago.", "two days ago", "2025-04-28")]
    [InlineData("Clashes erupted three weeks ago.", "three weeks ago", "2025-W15")]
    [InlineData("The embassy reopened a year ago.", "a year ago", "2024")]
    [InlineData("Troops left over the weekend.", "the weekend", "2025-W17-WE")]
    public void Relative_expressions_resolve_against_the_reference_date(string text, string span, string value) =>
        TagAssert.Tagged(text, Reference, span, TimexType.Date, value);

    [Theory]
    [InlineData("The rebels retreated tonight.", "tonight", "2025-04-30TNI")]
    [InlineData("The rebels retreated this morning.", "this morning", "2025-04-30TMO")]
    [InlineData("Shelling resumed last night.", "last night", "2025-04-29TNI")]
    [InlineData("The blast happened at 3 p.m.", "3 p.m.", "2025-04-30T15:00")]
    [InlineData("The blast happened at 12:17 GMT.", "12:17 GMT", "2025-04-30T12:17")]
    [InlineData("The deadline expired at midnight Friday.", "midnight Friday", "2025-04-25T24:00")]
    public void Times_of_day_attach_to_the_day_they_fall_on(string text, string span, string value) =>
        TagAssert.Tagged(text, Reference, span, TimexType.Time, value);

    [Fact]
    public void An_earnings_comparison_a_year_ago_refers_to_the_quarter_under_discussion()
    {
        const string text = "Net income for the third quarter rose to $5 million from $4 million a year ago.";

        TagAssert.Tagged(text, "1989-10-27", "the third quarter", TimexType.Date, "1989-Q3");
        TagAssert.Tagged(text, "1989-10-27", "a year ago", TimexType.Date, "1988-Q3");
    }

    [Fact]
    public void That_year_refers_back_to_the_last_year_mentioned()
    {
        const string text = "He fled to Florida in June 1998 and returned later that year.";

        TagAssert.Tagged(text, "2000-01-28", "later that year", TimexType.Date, "1998");
    }
}
