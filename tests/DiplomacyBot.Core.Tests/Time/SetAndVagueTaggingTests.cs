using DiplomacyBot.Core.Time;
using Xunit;

namespace DiplomacyBot.Core.Tests.Time;

public class SetAndVagueTaggingTests
{
    [Theory]
    [InlineData("The summit is held every 15 months.", "every 15 months", "P15M")]
    [InlineData("The bulletin appears weekly.", "weekly", "P1W")]
    [InlineData("The report is published annually.", "annually", "P1Y")]
    [InlineData("Delegates meet each year.", "each year", "P1Y")]
    [InlineData("Protesters gather every Monday.", "every Monday", "XXXX-WXX-1")]
    [InlineData("Rallies are held daily.", "daily", "P1D")]
    [InlineData("Flights leave on Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI")]
    [InlineData("The fund pays out $2 million a year.", "a year", "P1Y")]
    public void Recurring_times_are_sets(string text, string span, string value) =>
        TagAssert.Tagged(text, "2025-04-30", span, TimexType.Set, value);

    [Theory]
    [InlineData("Prices are now rising.", "now", "PRESENT_REF")]
    [InlineData("The envoy is currently in Cairo.", "currently", "PRESENT_REF")]
    [InlineData("Tensions have grown in recent years.", "recent years", "PAST_REF")]
    [InlineData("The border recently reopened.", "recently", "PAST_REF")]
    [InlineData("Such talks have failed in the past.", "the past", "PAST_REF")]
    [InlineData("The plan may change in the future.", "the future", "FUTURE_REF")]
    [InlineData("A decision is expected soon.", "soon", "FUTURE_REF")]
    [InlineData("Rates will stay low in the near term.", "the near term", "FUTURE_REF")]
    public void Vague_references_follow_TimeBank_conventions(string text, string span, string value) =>
        TagAssert.Tagged(text, "2025-04-30", span, TimexType.Date, value);

    [Fact]
    public void Recent_days_is_an_unspecified_number_of_days() =>
        TagAssert.Tagged("Clashes intensified in recent days.", "2025-04-30", "recent days", TimexType.Duration, "PXD");
}
