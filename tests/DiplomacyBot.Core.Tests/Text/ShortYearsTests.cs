using DiplomacyBot.Core.Text;

namespace DiplomacyBot.Core.Tests.Text;

public sealed class ShortYearsTests
{
    [Theory]
    [InlineData("what was in the 87 budget", "87")]
    [InlineData("the crash in 85", "85")]
    [InlineData("the '23 harvest", "23")]
    [InlineData("exports in the last quarter of 86?", "86")]
    [InlineData("the 12 hour talks", null)]
    [InlineData("the 85 mln dlr loan", null)]
    [InlineData("the 12 industrialised donors", null)]
    [InlineData("rose from 10 to 12 pct", null)]
    [InlineData("for 10 years", null)]
    [InlineData("the 5% stake", null)]
    [InlineData("in the '80s", null)]
    [InlineData("who was one of the 12", null)]
    [InlineData("the 87 market crash", "87")]
    [InlineData("the 87 Paris accord", "87")]
    [InlineData("the 85 crisis", "85")]
    [InlineData("did the index fall by 30 in march?", null)]
    [InlineData("up 25 pct in 87?", "87")]
    public void ATwoDigitNumber_IsAYearOnlyWhereAYearStands(string text, string? year)
    {
        var found = ShortYears.In(text).Select(y => text.Substring(y.Index, y.Length)).ToList();

        Assert.Equal(year is null ? [] : new[] { year }, found);
    }

    [Fact]
    public void TwoYearsJoined_AreBothYears_ButARangeOfACountIsNone()
    {
        Assert.Equal(["86", "87"], ShortYears.In("did output rise in 86 and 87?").Select(y => "did output rise in 86 and 87?".Substring(y.Index, y.Length)));
        Assert.Empty(ShortYears.In("rose from 10 to 12 pct"));
    }

    [Theory]
    [InlineData(87, 2026, 1987)]
    [InlineData(25, 2026, 2025)]
    [InlineData(36, 2026, 2036)]
    [InlineData(37, 2026, 1937)]
    public void ATwoDigitYear_IsTheOneAtMostTenYearsAfterTheReferenceDay(int twoDigits, int referenceYear, int year)
    {
        Assert.Equal([year], ShortYears.Years(twoDigits, new DateOnly(referenceYear, 6, 1)));
    }

    [Fact]
    public void WithNoReferenceDay_BothCenturiesAreRead()
    {
        Assert.Equal([1987, 2087], ShortYears.Years(87, null));
    }
}
