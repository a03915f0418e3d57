using Xunit;

namespace DiplomacyBot.Core.Tests.Time;

public class FalsePositiveTests
{
    [Theory]
    [InlineData("Prices may fall further if demand weakens.")]
    [InlineData("The troops march to the border.")]
    [InlineData("Ships crossed the Black Sea with 1,500 bags of grain.")]
    [InlineData("The census counted 300 million people.")]
    [InlineData("Sun Yat-sen and Wed Ali attended.")]
    [InlineData("Security Council Resolution 1973 authorised the operation.")]
    [InlineData("The second round of voting was peaceful.")]
    [InlineData("A quarter of the vote went to the opposition.")]
    [InlineData("The fall of the government surprised nobody.")]
    public void Ordinary_words_and_numbers_are_not_temporal_expressions(string text)
    {
        var found = TagAssert.Tagger.Tag(text, TagAssert.Reference("2025-04-30"));

        Assert.True(found.Count == 0, TagAssert.Describe(found));
    }

    [Fact]
    public void The_March_on_Washington_is_not_a_month()
    {
        var found = TagAssert.Tagger.Tag("Veterans of the March on Washington spoke.", TagAssert.Reference("2025-04-30"));

        Assert.DoesNotContain(found, e => e.Text.Contains("March", StringComparison.Ordinal));
    }

    [Fact]
    public void May_as_a_modal_verb_is_not_a_month()
    {
        var found = TagAssert.Tagger.Tag("Officials said talks May resume.", TagAssert.Reference("2025-04-30"));

        Assert.Empty(found);
    }
}
