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
}
