using DiplomacyBot.Core.Time;
using Xunit;

namespace DiplomacyBot.Core.Tests.Time;

/// <summary>
/// Conventions adopted because they raised value F1 on TimeBank + AQUAINT; each test pins one of them so a later
/// change that undoes it shows up here as well as in the corpus score.
/// </summary>
public class MeasuredConventionTests
{
    [Theory]
    [InlineData("The border was recently reopened.")]
    [InlineData("Both brewers have recently been ceding market share.")]
    [InlineData("His car was seen in the weeks before the shooting.")]
    [InlineData("The airline runs four flights a week to Bombay.")]
    [InlineData("Rooms will cost between $35 and $55 a night.")]
    [InlineData("The chip runs 15 million instructions per second.")]
    [InlineData("The average daily volume was 133 million shares.")]
    [InlineData("Results were hurt when year-end net fell.")]
    public void Not_temporal_expressions_in_TimeBank(string text)
    {
        var found = TagAssert.Tagger.Tag(text, new DateOnly(1999, 3, 12));
        Assert.True(found.Count == 0, $"Expected nothing in \"{text}\" but found: {TagAssert.Describe(found)}");
    }

    [Fact]
    public void This_century_is_a_hundred_year_span() =>
        TagAssert.Tagged("It was the staging ground for many of the disasters of this century.", "1999-03-12", "this century", TimexType.Duration, "P100Y");

    [Fact]
    public void A_unit_long_adjective_is_one_unit() =>
        TagAssert.Tagged("Lawyers emerged from their third day-long meeting.", "2000-04-03", "day-long", TimexType.Duration, "P1D");

    [Theory]
    [InlineData("The deal should close by year-end.", "1989-12-31")]
    [InlineData("The percentage change is since year-end.", "1988-12-31")]
    public void Year_end_is_the_last_day_of_the_year(string text, string value) =>
        TagAssert.Tagged(text, "1989-11-02", "year-end", TimexType.Date, value);

    [Theory]
    [InlineData("In Saudi Arabia, today is the eighth day of the operation.", "the eighth day")]
    [InlineData("It's the second day of an offensive by the security forces.", "the second day")]
    public void The_nth_day_said_of_today_is_the_reference_day(string text, string span) =>
        TagAssert.Tagged(text, "1990-08-15", span, TimexType.Date, "1990-08-15");

    [Fact]
    public void Last_month_name_for_the_month_just_gone_is_a_year_back() =>
        TagAssert.Tagged("Two helicopters crashed last February.", "1998-03-01", "last February", TimexType.Date, "1997-02");

    [Fact]
    public void Easter_week_is_the_week_ending_on_Easter_Sunday() =>
        TagAssert.Tagged("Protesters prayed as Easter week began.", "2000-04-17", "Easter week", TimexType.Date, "2000-W16");

    [Fact]
    public void A_deadline_after_a_past_perfect_is_already_past() =>
        TagAssert.Tagged("Only two members had filed compliance reports by Wednesday.", "1990-08-16", "Wednesday", TimexType.Date, "1990-08-15");

    [Fact]
    public void A_fronted_month_in_a_past_account_is_the_one_gone() =>
        TagAssert.Tagged("Talks dragged on. In January, the company brought in a new chief executive.", "1989-10-27", "January", TimexType.Date, "1989-01");

    [Theory]
    [InlineData("The resort will be financed at a later date.", "a later date", "FUTURE_REF")]
    [InlineData("The economy is expected to slow in coming months.", "coming months", "FUTURE_REF")]
    public void Open_future_references(string text, string span, string value) =>
        TagAssert.Tagged(text, "1989-10-26", span, TimexType.Date, value);

    [Fact]
    public void A_while_is_a_duration_of_no_stated_length() =>
        TagAssert.Tagged("They will have to live without it for a while.", "1998-01-11", "a while", TimexType.Duration, "PXX");

    [Fact]
    public void The_coming_weeks_stay_a_span() =>
        TagAssert.Tagged("Prices may fall over the coming weeks.", "1989-10-27", "the coming weeks", TimexType.Duration, "PXW");

    [Fact]
    public void A_season_after_last_is_a_season_whatever_follows() =>
        TagAssert.Tagged("He is charged with gunning down the doctor last fall in his home.", "1999-06-07", "last fall", TimexType.Date, "1998-FA");

    [Fact]
    public void A_year_earlier_amount_is_not_a_date()
    {
        var found = TagAssert.Tagger.Tag("Earnings fell 50% below the year-earlier $4.5 million.", new DateOnly(1989, 11, 2));
        Assert.DoesNotContain(found, e => e.Text.Contains("year-earlier", StringComparison.Ordinal));
    }

    [Fact]
    public void The_early_hours_of_a_named_day_are_left_to_the_day()
    {
        var found = TagAssert.Tagger.Tag("Police arrested him in the early hours of Thursday morning.", new DateOnly(1999, 10, 8));
        Assert.DoesNotContain(found, e => e.Text.Contains("hours", StringComparison.Ordinal));
    }

    [Fact]
    public void Yearly_rates_are_still_tagged() =>
        TagAssert.Tagged("The fund pays out $2 million a year.", "2025-04-30", "a year", TimexType.Set, "P1Y");
}
