using DiplomacyBot.Core.Time;
using Xunit;

namespace DiplomacyBot.Core.Tests.Time;

/// <summary>Families whose value depends on the rest of the story or on the tense around the expression.</summary>
public class DiscourseAndTenseTaggingTests
{
    [Fact]
    public void Year_ago_comparisons_and_the_latest_quarter_skip_quarters_that_have_not_ended()
    {
        const string text = "Net rose in the third quarter. The company expects a fourth-quarter charge. " +
                            "In the latest quarter, sales fell from $5 million a year ago.";

        TagAssert.Tagged(text, "1989-11-02", "fourth-quarter", TimexType.Date, "1989-Q4");
        TagAssert.Tagged(text, "1989-11-02", "the latest quarter", TimexType.Date, "1989-Q3");
        TagAssert.Tagged(text, "1989-11-02", "a year ago", TimexType.Date, "1988-Q3");
    }

    [Fact]
    public void The_latest_quarter_without_a_mention_is_the_last_completed_one() =>
        TagAssert.Tagged("Sales rose 9% in the latest quarter.", "1989-10-26", "the latest quarter", TimexType.Date, "1989-Q3");

    [Theory]
    [InlineData("The debentures carry a premium over Thursday's closing price, and the issue will be sold soon.", "1989-10-27", "Thursday", "1989-10-26")]
    [InlineData("More than 100 people were killed in the blasts next to the U.S. embassies on Friday.", "1998-08-09", "Friday", "1998-08-07")]
    [InlineData("Neither he nor his grandparents could be located Wednesday in their hometown.", "2000-01-06", "Wednesday", "2000-01-05")]
    [InlineData("On Friday, when Albright set aside vacation plans for the trip, the warning was lifted.", "1998-08-17", "Friday", "1998-08-14")]
    public void Weekdays_are_not_pushed_into_the_future_by_words_that_only_look_forward(string text, string reference, string span, string value) =>
        TagAssert.Tagged(text, reference, span, TimexType.Date, value);

    [Fact]
    public void A_deadline_that_had_been_scheduled_lies_in_the_past() =>
        TagAssert.Tagged("The offer previously had been scheduled to expire at midnight Friday.", "1989-10-30", "midnight Friday", TimexType.Time, "1989-10-27T24:00");

    [Theory]
    [InlineData("January nineteen ninety-seven. Atlanta again.", "January nineteen ninety-seven", "1997-01")]
    [InlineData("Prices were last this low in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI")]
    [InlineData("His promise to halve unemployment by the year two thousand was abandoned.", "the year two thousand", "2000")]
    public void Years_read_out_in_transcripts_complete_months_and_seasons(string text, string span, string value) =>
        TagAssert.Tagged(text, "1998-02-27", span, TimexType.Date, value);

    [Fact]
    public void An_unnamed_week_in_view_keeps_only_its_year() =>
        TagAssert.Tagged("For the week, the index dropped 3.8%.", "1989-10-30", "the week", TimexType.Date, "1989-WXX");

    [Fact]
    public void A_bare_clock_time_falls_on_the_day_the_story_is_about()
    {
        const string text = "Slepian was shot on Oct. 23, 1998. He died at 10 p.m. in his kitchen.";

        TagAssert.Tagged(text, "1999-04-19", "10 p.m.", TimexType.Time, "1998-10-23T22:00");
    }

    [Fact]
    public void A_time_zone_in_brackets_does_not_swallow_the_following_weekday()
    {
        const string text = "The blast occurred at about 10:35 a.m. (0735 GMT) Friday.";

        TagAssert.Tagged(text, "1998-08-08", "Friday", TimexType.Date, "1998-08-07");
    }

    [Fact]
    public void Generic_today_is_not_a_calendar_day()
    {
        var found = TagAssert.Tagger.Tag("Paternity is easy to prove in today's world, officials said at today's meeting.", TagAssert.Reference("1998-04-24"));

        var only = Assert.Single(found);
        Assert.Equal(63, only.Start);
        Assert.Equal("1998-04-24", only.Value);
    }
}
