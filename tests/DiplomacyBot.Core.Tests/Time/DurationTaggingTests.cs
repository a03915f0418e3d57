using DiplomacyBot.Core.Time;
using Xunit;

namespace DiplomacyBot.Core.Tests.Time;

public class DurationTaggingTests
{
    [Theory]
    [InlineData("The siege lasted five hours.", "five hours", "PT5H")]
    [InlineData("The hostages were held for 12 hours.", "12 hours", "PT12H")]
    [InlineData("The war lasted three years.", "three years", "P3Y")]
    [InlineData("Talks will take two weeks.", "two weeks", "P2W")]
    [InlineData("The ban lasted a decade.", "a decade", "P10Y")]
    [InlineData("Parliament has 90 days to respond.", "90 days", "P90D")]
    [InlineData("The mission lasted more than a year.", "more than a year", "P1Y")]
    [InlineData("Rates fell in the last twenty four hours.", "the last twenty four hours", "PT24H")]
    [InlineData("Stocks have plunged in the past three months.", "the past three months", "P3M")]
    [InlineData("Prices rose over the past week.", "the past week", "P1W")]
    [InlineData("The negotiations took 5 1/2 hours.", "5 1/2 hours", "PT5H30M")]
    [InlineData("The deal runs for a dozen years.", "a dozen years", "P12Y")]
    [InlineData("The talks could take several weeks.", "several weeks", "PXW")]
    [InlineData("He signed a two-year contract.", "two-year", "P2Y")]
    [InlineData("Refugees have waited for years.", "years", "PXY")]
    public void Amounts_of_time_become_ISO_durations(string text, string span, string value) =>
        TagAssert.Tagged(text, "2025-04-30", span, TimexType.Duration, value);

    [Fact]
    public void Ages_are_not_durations()
    {
        var found = TagAssert.Tagger.Tag("A 44-year-old protester, 52 years old, was detained.", TagAssert.Reference("2025-04-30"));

        Assert.DoesNotContain(found, e => e.Type == TimexType.Duration);
    }
}
