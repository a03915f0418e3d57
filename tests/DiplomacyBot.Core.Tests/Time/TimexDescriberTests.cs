using DiplomacyBot.Core.Time;
using Xunit;

namespace DiplomacyBot.Core.Tests.Time;

public class TimexDescriberTests
{
    [Theory]
    [InlineData("2025-02-27", "27 Feb 2025")]
    [InlineData("2025-04", "Apr 2025")]
    [InlineData("2025-FA", "autumn 2025")]
    [InlineData("2025-W17", "week 17 of 2025")]
    [InlineData("2025", "2025")]
    [InlineData("199", "the 1990s")]
    [InlineData("19", "the 20th century")]
    [InlineData("2025-Q1", "Q1 2025")]
    [InlineData("PRESENT_REF", "now")]
    [InlineData("PAST_REF", "the past")]
    [InlineData("PT5H", "5 hours")]
    [InlineData("P2Y6M", "2 years 6 months")]
    [InlineData("PXY", "several years")]
    [InlineData("2025-04-24TNI", "24 Apr 2025 (night)")]
    [InlineData("2025-04-24T15:00", "24 Apr 2025 15:00")]
    [InlineData("XXXX-WXX-4", "a Thursday (date unknown)")]
    [InlineData("XXXX-02-27", "27 Feb (year unknown)")]
    public void Values_are_described_at_their_own_precision(string value, string expected) =>
        Assert.Equal(expected, TimexDescriber.Describe(value));

    [Theory]
    [InlineData("P1W", "every week")]
    [InlineData("P15M", "every 15 months")]
    [InlineData("XXXX-WXX-1", "every Monday")]
    public void Sets_read_as_recurrences(string value, string expected) =>
        Assert.Equal(expected, TimexDescriber.Describe(value, TimexType.Set));

    [Theory]
    [InlineData("2025-02-27", TimexPrecision.Day)]
    [InlineData("2025-W17", TimexPrecision.Week)]
    [InlineData("2025-04", TimexPrecision.Month)]
    [InlineData("2025-FA", TimexPrecision.Season)]
    [InlineData("2025-Q1", TimexPrecision.Quarter)]
    [InlineData("2025", TimexPrecision.Year)]
    [InlineData("199", TimexPrecision.Decade)]
    [InlineData("19", TimexPrecision.Century)]
    [InlineData("2025-04-24T15:00", TimexPrecision.Time)]
    [InlineData("PRESENT_REF", TimexPrecision.Unknown)]
    [InlineData("P3Y", TimexPrecision.Unknown)]
    public void Precision_is_read_from_the_value(string value, TimexPrecision expected) =>
        Assert.Equal(expected, TimexDescriber.PrecisionOf(value));

    [Theory]
    [InlineData("2025-02-27", "2025-02-27", "2025-02-27")]
    [InlineData("2025-04", "2025-04-01", "2025-04-30")]
    [InlineData("2025-W17", "2025-04-21", "2025-04-27")]
    [InlineData("2025-W17-WE", "2025-04-26", "2025-04-27")]
    [InlineData("2024-WI", "2024-12-01", "2025-02-28")]
    [InlineData("2025-Q2", "2025-04-01", "2025-06-30")]
    [InlineData("2025-H2", "2025-07-01", "2025-12-31")]
    [InlineData("199", "1990-01-01", "1999-12-31")]
    [InlineData("2025-04-24TNI", "2025-04-24", "2025-04-24")]
    public void Date_values_have_a_day_range_for_timelines(string value, string first, string last)
    {
        Assert.True(TimexDescriber.TryGetRange(value, out var f, out var l));
        Assert.Equal((DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)), (f, l));
    }

    [Theory]
    [InlineData("XXXX-WXX-4")]
    [InlineData("PAST_REF")]
    [InlineData("P5Y")]
    [InlineData("2025-02-30")]
    [InlineData("not a value")]
    public void Values_that_cannot_be_placed_have_no_range(string value) =>
        Assert.False(TimexDescriber.TryGetRange(value, out _, out _));
}
