using DiplomacyBot.Core.Time;
using Xunit;

namespace DiplomacyBot.Core.Tests.Time;

/// <summary>Conventions of the TimeBank/AQUAINT gold annotation that the tagger follows.</summary>
public class TimeBankConventionTests
{
    [Theory]
    [InlineData("Secretary of State James Baker, speaking on ABC News' \"This Week,\" said the request helps.", "This Week")]
    [InlineData("''They are abusing him,'' Gonzalez said on CBS's ''60 Minutes.''", "60 Minutes")]
    [InlineData("The poster showed Gary Cooper from the film ``High Noon.''", "Noon")]
    [InlineData("For the people of Poland, high noon comes today.", "noon")]
    [InlineData("This is VOA Today.", "Today")]
    public void Time_words_in_titles_and_idioms_are_not_tagged(string text, string word)
    {
        var found = TagAssert.Tagger.Tag(text, TagAssert.Reference("1991-02-25"));

        Assert.DoesNotContain(found, e => e.Text.Contains(word, StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_case_time_word_at_the_start_of_a_sentence_is_still_tagged() =>
        TagAssert.Tagged("The talks failed. Today, officials met again.", "1998-05-07", "Today", TimexType.Date, "1998-05-07");

    [Theory]
    [InlineData("Losses mounted. Now, following asset sales, the company is profitable.")]
    [InlineData("Organs are scarce. Currently, they are rationed by region.")]
    [InlineData("Management expects revenue to increase by 20% annually.")]
    [InlineData("The plant would produce about 10,000 units annually.")]
    [InlineData("Guards were posted outside every clinic, 24 hours a day.")]
    [InlineData("The operator changed from a fiscal year to a calendar year.")]
    [InlineData("Ukraine would remain neutral for the foreseeable future.")]
    [InlineData("That is very important to the future of our peoples.")]
    [InlineData("A trickle of cash that soon became a flood.")]
    public void Expressions_TimeBank_leaves_unannotated_are_not_tagged(string text)
    {
        var found = TagAssert.Tagger.Tag(text, TagAssert.Reference("1998-03-31"));

        Assert.True(found.Count == 0, TagAssert.Describe(found));
    }

    [Theory]
    [InlineData("Iraq now controls 20 percent of the world's oil reserves.", "now", "PRESENT_REF")]
    [InlineData("Rallies similar to those are held here annually.", "annually", "P1Y")]
    [InlineData("Holders could buy shares at the then current market price.", "then current", "PAST_REF")]
    public void Their_ordinary_uses_still_are(string text, string span, string value)
    {
        var e = TagAssert.Single(text, "1990-08-16", span);
        Assert.Equal(value, e.Value);
    }

    [Theory]
    [InlineData("Hate groups grew over the past year.", "1998-03-03", "the past year", "1997")]
    [InlineData("The plant will be closed over the next year or so.", "1989-11-02", "the next year", "1990")]
    public void The_past_or_next_year_is_the_calendar_year_before_or_after(string text, string reference, string span, string value) =>
        TagAssert.Tagged(text, reference, span, TimexType.Date, value);

    [Theory]
    [InlineData("\"Over the next couple of years we expect growth,\" he said.", "the next couple of years", "P2Y")]
    [InlineData("Profit rose over the next two years.", "the next two years", "P2Y")]
    [InlineData("Net for the year-earlier nine months included a gain.", "the year-earlier nine months", "P9M")]
    public void Spans_of_time_after_over_and_year_earlier_durations(string text, string span, string value) =>
        TagAssert.Tagged(text, "1989-10-26", span, TimexType.Duration, value);

    [Theory]
    [InlineData("The dividend would be paid on a still unspecified date in January.", "1989-10-26", "January", "1990-01")]
    [InlineData("The reduced dividend is payable Jan. 2 to stock of record Dec. 15.", "1989-11-02", "Jan. 2", "1990-01-02")]
    public void Year_less_months_and_days_a_little_ahead_are_the_coming_ones(string text, string reference, string span, string value) =>
        TagAssert.Tagged(text, reference, span, TimexType.Date, value);

    [Fact]
    public void A_possessive_weekday_is_the_latest_such_day() =>
        TagAssert.Tagged("The price is a 24% premium over Thursday's closing price.", "1989-10-30", "Thursday", TimexType.Date, "1989-10-26");

    [Fact]
    public void That_same_day_after_a_month_keeps_the_month_and_leaves_the_day_open() =>
        TagAssert.Tagged("Slepian was killed last October. His name was crossed out that same day.", "1999-02-06", "that same day", TimexType.Date, "1998-10-XX");
}

public class EarningsReportConventionTests
{
    private const string Reference = "1989-10-26";

    private static string ValueOf(string text, string span, int occurrence = 0)
    {
        var found = TagAssert.Tagger.Tag(text, TagAssert.Reference(Reference)).Where(e => e.Text == span).ToList();
        Assert.True(found.Count > occurrence, $"\"{span}\" #{occurrence} not found in \"{text}\"");
        return found[occurrence].Value;
    }

    [Fact]
    public void A_year_earlier_after_a_span_of_months_is_the_previous_year()
    {
        const string text = "Third-quarter net rose 10%. For the nine months, losses totaled $212 million, compared with net income of $48.7 million a year earlier.";

        Assert.Equal("1988", ValueOf(text, "a year earlier"));
    }

    [Fact]
    public void A_year_earlier_after_a_quarter_is_that_quarter_a_year_before() =>
        Assert.Equal("1988-Q3", ValueOf("Third-quarter net rose to $5 million from $4 million a year earlier.", "a year earlier"));

    [Fact]
    public void Anaphoric_quarters_after_a_fiscal_quarter_leave_the_quarter_open()
    {
        const string text = "Delta's earnings soared in the fiscal first quarter. For the quarter ended Sept. 30, Delta posted net of $133 million, up from $100 million a year earlier.";

        Assert.Equal("1989-QX", ValueOf(text, "the quarter"));
        Assert.Equal("1988-QX", ValueOf(text, "a year earlier"));
    }

    [Theory]
    [InlineData("Third-quarter sales rose. U.K. sales for last year's quarter were about $3 million.", "last year's quarter")]
    [InlineData("Third-quarter net fell, compared with net of $1.8 million for the corresponding period last year.", "the corresponding period last year")]
    public void Last_years_quarter_is_the_quarter_under_discussion_a_year_before(string text, string span) =>
        Assert.Equal("1988-Q3", ValueOf(text, span));

    [Fact]
    public void A_quarter_mentioned_in_passing_does_not_become_the_quarter_under_discussion()
    {
        const string text = "Kimberly-Clark posted a gain in third-quarter net. After a flat second quarter, the company attributed the gain to consumer businesses. In the 1989 period, interest expense was lower than a year ago.";

        Assert.Equal("1989-Q3", ValueOf(text, "the 1989 period"));
        Assert.Equal("1988-Q3", ValueOf(text, "a year ago"));
    }
}
