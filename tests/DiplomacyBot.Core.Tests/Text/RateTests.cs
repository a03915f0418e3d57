using DiplomacyBot.Core.Text;

namespace DiplomacyBot.Core.Tests.Text;

public sealed class RateTests
{
    [Theory]
    [InlineData(1684.4, "1,684")]
    [InlineData(12.34, "12.3")]
    [InlineData(0.476, "0.48")]
    [InlineData(0.004, "under 0.01")]
    [InlineData(0, "0")]
    public void ARate_IsShownWithThePlacesItNeeds_NeverRoundedToABareZero(double perSecond, string shown) =>
        Assert.Equal(shown, Rate.Of(perSecond));
}
