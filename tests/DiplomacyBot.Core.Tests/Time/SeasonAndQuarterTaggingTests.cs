using DiplomacyBot.Core.Time;
using Xunit;

namespace DiplomacyBot.Core.Tests.Time;

public class SeasonAndQuarterTaggingTests
{
    [Theory]
    [InlineData("The talks will resume this fall.", "2025-04-30", "this fall", "2025-FA")]
    [InlineData("The talks will resume this autumn.", "2025-04-30", "this autumn", "2025-FA")]
    [InlineData("The two sides agreed to hold a third this fall.", "2025-09-28", "this fall", "2025-FA")]
    [InlineData("The offensive stalled last summer.", "2025-04-30", "last summer", "2024-SU")]
    [InlineData("A new round is planned for next spring.", "2025-04-30", "next spring", "2026-SP")]
    [InlineData("Fuel shortages hit hardest in winter.", "2025-04-30", "winter", "2024-WI")]
    [InlineData("Prices peaked in the winter of 1994.", "2025-04-30", "the winter of 1994", "1994-WI")]
    public void Seasons_resolve_to_a_season_of_a_year(string text, string reference, string span, string value) =>
        TagAssert.Tagged(text, reference, span, TimexType.Date, value);

    [Theory]
    [InlineData("Output grew in the first quarter.", "2025-04-30", "the first quarter", "2025-Q1")]
    [InlineData("Output grew in the fourth quarter of 1987.", "2025-04-30", "the fourth quarter of 1987", "1987-Q4")]
    [InlineData("The company expects to report a third-quarter loss.", "1989-11-02", "third-quarter", "1989-Q3")]
    [InlineData("Profits should recover in the second half.", "2025-04-30", "the second half", "2025-H2")]
    [InlineData("Profits fell in the first half of 1990.", "2025-04-30", "the first half of 1990", "1990-H1")]
    [InlineData("Output rose in Q3 2024.", "2025-04-30", "Q3 2024", "2024-Q3")]
    public void Quarters_and_halves_resolve_to_a_year(string text, string reference, string span, string value) =>
        TagAssert.Tagged(text, reference, span, TimexType.Date, value);
}
