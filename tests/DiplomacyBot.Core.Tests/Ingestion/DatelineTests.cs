using DiplomacyBot.Core.Articles;

namespace DiplomacyBot.Core.Tests.Ingestion;

public sealed class DatelineTests
{
    [Theory]
    [InlineData("KUALA LUMPUR, Oct 20", "Kuala Lumpur")]
    [InlineData("WASHINGTON, March 29", "Washington")]
    [InlineData("AL-KHOBAR, Saudi Arabia, May 3", "Al-Khobar")]
    [InlineData("MOSCOW, Sept 28 (Reuters) -", "Moscow")]
    [InlineData("St. Petersburg, June 2", "St. Petersburg")]
    [InlineData("Oct 20", null)]
    [InlineData("", null)]
    public void ThePlace_IsWhatOpensTheDateline_InOrdinaryCapitals(string dateline, string? expected)
    {
        Assert.Equal(expected, Dateline.PlaceOf(dateline));
    }
}
