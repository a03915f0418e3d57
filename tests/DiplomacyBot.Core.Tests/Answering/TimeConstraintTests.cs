using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

public sealed class TimeConstraintTests
{
    [Theory]
    [InlineData("1987-10-20", false)]
    [InlineData("1987-10-30", true)]
    [InlineData("1987-11-12", true)]
    [InlineData("1987-12-01", false)]
    public void ADayWithoutAYear_IsReportedOnFromThatDay_NotEarlierInItsMonth(string published, bool admitted)
    {
        var deadline = new TimeConstraint(null, null, 10) { Day = 30 };

        Assert.Equal(admitted, deadline.Admits(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void AMonthWithoutAYear_IsReportedOnThroughoutItAndTheNext()
    {
        var october = new TimeConstraint(null, null, 10);

        Assert.True(october.Admits(new DateOnly(1987, 10, 1)));
        Assert.True(october.Admits(new DateOnly(1986, 11, 20)));
        Assert.False(october.Admits(new DateOnly(1987, 9, 30)));
    }

    [Fact]
    public void APeriodNamedFromTheDayOfAsking_IsToldOfTheLessTheEarlierAReportIs()
    {
        var thisWeek = new TimeConstraint(new DateOnly(2023, 1, 23), new DateOnly(2023, 1, 29), null) { Relative = true };

        double inIt = thisWeek.Nearness(new DateOnly(2023, 1, 25));
        double weekBefore = thisWeek.Nearness(new DateOnly(2023, 1, 16));
        double yearBefore = thisWeek.Nearness(new DateOnly(2022, 1, 23));

        Assert.Equal(1, inIt);
        Assert.Equal(0.5, weekBefore, 3);
        Assert.InRange(yearBefore, 0.001, 0.05);
    }

    [Fact]
    public void APeriodNamedOnItsOwn_IsMetOrNot()
    {
        var june = new TimeConstraint(new DateOnly(1987, 6, 1), new DateOnly(1987, 6, 30), null);

        Assert.Equal(1, june.Nearness(new DateOnly(1987, 7, 2)));
        Assert.Equal(0, june.Nearness(new DateOnly(1987, 5, 31)));
    }
}
