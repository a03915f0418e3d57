using DiplomacyBot.Core.Time;
using Xunit;

namespace DiplomacyBot.Core.Tests.Time;

public class TaggerRobustnessTests
{
    private const string CattleReport =
        "Cattle slaughter was estimated at about 300,000 to 305,000 head versus 292,000 week ago and 316,000 a year ago.";

    private static readonly string[] Fragments =
    [
        "292,000", "2,147,483,647", "99999999999", "1,000,000", "300,000 to 305,000", "4,000", "0", "1", "12", "a", "several",
        "ago", "week", "weeks", "year", "years", "day", "days", "month", "months", "quarter", "quarters", "decade", "centuries",
        "hours", "later", "earlier", "from now", "hence", "before", "after", "a year ago", "year-earlier", "year-ago", ",", ".",
        "-", "head versus", "yesterday", "tomorrow", "tonight", "last night", "next week", "last year", "this month",
        "the following day", "that year", "the previous month", "the third quarter", "Q4", "fiscal 1989", "the quarter",
        "Christmas", "Thanksgiving", "Easter", "Friday", "midnight Friday", "Monday morning", "3 p.m.", "Dec. 31", "Jan. 1",
        "December 31, 9999", "Jan. 1, 1000", "Feb. 29", "February 30", "the weekend", "this winter", "last spring", "the 1990s",
        "1999", "2099", "now", "recently", "every week", "twice a year", "the past 2,000 years",
    ];

    private static readonly DateOnly?[] EdgeReferences =
    [
        null, DateOnly.MinValue, DateOnly.MinValue.AddDays(1), new DateOnly(1, 3, 1), DateOnly.MaxValue,
        DateOnly.MaxValue.AddDays(-1), new DateOnly(9999, 10, 15), new DateOnly(1987, 3, 3),
    ];

    [Fact]
    public void A_number_with_thousands_separators_before_week_ago_is_not_the_count()
    {
        var found = TagAssert.Tagger.Tag(CattleReport, TagAssert.Reference("1987-03-03"));

        Assert.DoesNotContain(found, e => e.Text.Contains("292,000", StringComparison.Ordinal));
        TagAssert.Tagged(CattleReport, "1987-03-03", "week ago", TimexType.Date, "1987-W09");
        TagAssert.Tagged(CattleReport, "1987-03-03", "a year ago", TimexType.Date, "1986");
    }

    [Fact]
    public void The_offset_rule_itself_does_not_throw_on_the_cattle_report()
    {
        // The tagger's guard would hide a crash; the rule must not rely on it.
        var context = new TagContext(CattleReport, new DateOnly(1987, 3, 3));

        new RelativeOffsetRule().Apply(context);

        Assert.NotEmpty(context.Candidates);
    }

    [Theory]
    [InlineData("It happened 2,000 years ago.", "2,000 years ago", "PAST_REF")]
    [InlineData("It will happen 20,000 years from now.", "20,000 years from now", "FUTURE_REF")]
    [InlineData("It happened 999,999 weeks ago.", "999,999 weeks ago", "PAST_REF")]
    [InlineData("It happened 1,000 years ago.", "1,000 years ago", "0987")]
    [InlineData("It happened 1,000 days ago.", "1,000 days ago", "1984-06-06")]
    public void Offsets_too_large_for_the_calendar_still_point_to_the_past_or_future(string text, string span, string value) =>
        TagAssert.Tagged(text, "1987-03-03", span, TimexType.Date, value);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Tag_never_throws_on_random_texts_with_large_numbers_and_edge_reference_dates(int seed)
    {
        var random = new Random(seed);
        for (var iteration = 0; iteration < 400; iteration++)
        {
            var parts = Enumerable.Range(0, random.Next(1, 16)).Select(_ => Fragments[random.Next(Fragments.Length)]);
            var text = string.Join(random.Next(4) == 0 ? "" : " ", parts);
            var reference = random.Next(3) == 0
                ? new DateOnly(1, 1, 1).AddDays(random.Next(DateOnly.MaxValue.DayNumber + 1))
                : EdgeReferences[random.Next(EdgeReferences.Length)];

            var found = TagAssert.Tagger.Tag(text, reference);

            Assert.All(found, e =>
            {
                Assert.Equal(e.Text, text.Substring(e.Start, e.End - e.Start));
                Assert.False(string.IsNullOrWhiteSpace(e.Value));
            });
        }
    }

    [Fact]
    public void Relative_expressions_at_the_ends_of_the_calendar_do_not_throw()
    {
        const string text = "Yesterday, a year ago, 5 years earlier, last week, next month, tomorrow night, the following day, " +
                            "last Friday, next Christmas, the year-earlier quarter and 2,147,483,647 days from now.";

        Assert.NotNull(TagAssert.Tagger.Tag(text, DateOnly.MinValue));
        Assert.NotNull(TagAssert.Tagger.Tag(text, DateOnly.MaxValue));
    }
}
