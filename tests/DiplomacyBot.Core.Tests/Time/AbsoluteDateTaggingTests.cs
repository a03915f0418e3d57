using DiplomacyBot.Core.Time;
using Xunit;

namespace DiplomacyBot.Core.Tests.Time;

public class AbsoluteDateTaggingTests
{
    [Theory]
    [InlineData("The accord was signed on February 27, 2025.", "February 27, 2025", "2025-02-27")]
    [InlineData("The accord was signed on 27 Feb 2025.", "27 Feb 2025", "2025-02-27")]
    [InlineData("The feed stamped it 2025-02-27 at noon.", "2025-02-27", "2025-02-27")]
    [InlineData("Ministers met on Friday, Oct. 23, 1998, in Geneva.", "Friday, Oct. 23, 1998", "1998-10-23")]
    [InlineData("The summit opened in March 1987.", "March 1987", "1987-03")]
    [InlineData("The treaty dates from 1987.", "1987", "1987")]
    [InlineData("Production peaked in fiscal 1989.", "fiscal 1989", "1989")]
    [InlineData("Sanctions were first imposed in mid-1996.", "mid-1996", "1996")]
    [InlineData("Trade collapsed in the 1990s.", "the 1990s", "199")]
    [InlineData("Trade collapsed in the early 1980s.", "the early 1980s", "198")]
    [InlineData("Borders were redrawn in the 20th century.", "the 20th century", "19")]
    public void Explicit_dates_keep_their_own_precision(string text, string span, string value) =>
        TagAssert.Tagged(text, "2025-04-30", span, TimexType.Date, value);

    [Theory]
    [InlineData("The envoy will arrive on Jan. 27.", "Jan. 27", "2026-01-27")]
    [InlineData("The envoy arrived on Jan. 27.", "Jan. 27", "2025-01-27")]
    [InlineData("Talks resumed on Sept 28.", "Sept 28", "2024-09-28")]
    [InlineData("The vote will be held on the 5th of December.", "the 5th of December", "2025-12-05")]
    [InlineData("The vote was held on the 5th of December.", "the 5th of December", "2024-12-05")]
    [InlineData("The dividend is payable May 15.", "May 15", "2025-05-15")]
    public void A_date_without_a_year_takes_the_year_the_tense_points_to(string text, string span, string value) =>
        TagAssert.Tagged(text, "2025-04-30", span, TimexType.Date, value);

    [Theory]
    [InlineData("The talks took place in February.", "February", "2025-02")]
    [InlineData("Elections are due in November.", "November", "2025-11")]
    [InlineData("The deal was struck last May.", "last May", "2024-05")]
    [InlineData("Voting starts in early June.", "early June", "2025-06")]
    [InlineData("The ceasefire broke down in July last year.", "July last year", "2024-07")]
    public void A_month_alone_is_placed_in_the_nearest_year_in_the_direction_of_the_tense(string text, string span, string value) =>
        TagAssert.Tagged(text, "2025-04-30", span, TimexType.Date, value);

    [Theory]
    [InlineData("Producers will review quotas at their May meeting.", "May", "2025-05")]
    [InlineData("The March summit was called off.", "March", "2025-03")]
    public void May_or_March_between_a_determiner_and_a_meeting_is_the_month(string text, string span, string value) =>
        TagAssert.Tagged(text, "2025-04-30", span, TimexType.Date, value);

    [Theory]
    [InlineData("The May government fell.")]
    [InlineData("Their march ended at the embassy.")]
    [InlineData("Ministers May meet again.")]
    public void May_or_March_elsewhere_without_an_introducer_is_no_date(string text) =>
        Assert.Empty(TagAssert.Tagger.Tag(text, TagAssert.Reference("2025-04-30")));

    [Fact]
    public void A_day_range_yields_one_date_per_day_as_TimeML_gives_each_expression_one_value()
    {
        var found = TagAssert.Tagger.Tag("The conference runs June 8-10.", TagAssert.Reference("2025-04-30"));

        Assert.Collection(
            found,
            first => Assert.Equal(("June 8", "2025-06-08"), (first.Text, first.Value)),
            second => Assert.Equal(("10", "2025-06-10"), (second.Text, second.Value)));
    }

    [Fact]
    public void Holidays_resolve_to_their_date_in_the_nearest_year()
    {
        TagAssert.Tagged("Leaders will meet before Christmas.", "2025-04-30", "Christmas", TimexType.Date, "2025-12-25");
        TagAssert.Tagged("Turnout rose on Thanksgiving Day 1999.", "2025-04-30", "Thanksgiving Day 1999", TimexType.Date, "1999-11-25");
    }
}
