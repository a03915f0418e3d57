using DiplomacyBot.Core.Time;
using Xunit;

namespace DiplomacyBot.Core.Tests.Time;

public class NoReferenceTaggingTests
{
    [Theory]
    [InlineData("The council met on Thursday.", "Thursday", TimexType.Date, "XXXX-WXX-4")]
    [InlineData("The accord was signed on Feb. 27.", "Feb. 27", TimexType.Date, "XXXX-02-27")]
    [InlineData("The talks will resume this fall.", "this fall", TimexType.Date, "XXXX-FA")]
    [InlineData("Exports fell in February.", "February", TimexType.Date, "XXXX-02")]
    [InlineData("Exports fell last week.", "last week", TimexType.Date, "XXXX-WXX")]
    [InlineData("The minister spoke yesterday.", "yesterday", TimexType.Date, "XXXX-XX-XX")]
    [InlineData("Output grew in the first quarter.", "the first quarter", TimexType.Date, "XXXX-Q1")]
    [InlineData("The siege lasted five hours.", "five hours", TimexType.Duration, "PT5H")]
    [InlineData("The accord was signed on February 27, 2025.", "February 27, 2025", TimexType.Date, "2025-02-27")]
    [InlineData("Prices are now rising.", "now", TimexType.Date, "PRESENT_REF")]
    public void Without_a_reference_relative_parts_stay_unresolved_but_are_still_tagged(string text, string span, TimexType type, string value) =>
        TagAssert.Tagged(text, null, span, type, value);
}
