using DiplomacyBot.Core.Evaluation;

namespace DiplomacyBot.Core.Tests.Evaluation;

public sealed class QuizScoringTests
{
    [Theory]
    [InlineData("Cities cancelled shows amid a severe drought.", new[] { "Supply chain issues", "Drought", "Curfew rules", "Covid-19 mandates" }, 1, true)]
    [InlineData("Drought and curfew rules both played a part.", new[] { "Supply chain issues", "Drought", "Curfew rules", "Covid-19 mandates" }, 1, false)]
    [InlineData("About 1,000,000 people were affected.", new[] { "100,000", "1,000,000", "10", "1963" }, 1, true)]
    [InlineData("It happened in 1963.", new[] { "63", "1963", "16", "2000" }, 0, false)]
    [InlineData("Café owners in São Paulo protested.", new[] { "Sao Paulo", "Rio", "Lima", "Quito" }, 0, true)]
    [InlineData("The Golden State Warriors won the title.", new[] { "Warriors", "Golden State Warriors", "Celtics", "Heat" }, 1, true)]
    [InlineData("The Warriors won the title.", new[] { "Warriors", "Golden State Warriors", "Celtics", "Heat" }, 1, false)]
    [InlineData("Apple unveiled new iPhones.", new[] { "iPhone", "iPad", "Mac", "Watch" }, 0, true)]
    public void IsRight_WhenTheCorrectChoiceAloneAppears(string text, string[] choices, int correct, bool right)
    {
        Assert.Equal(right, QuizScoring.IsRight(text, choices, correct));
    }

    [Fact]
    public void WithoutAttribution_DropsTheLeadingSourceAndDate()
    {
        Assert.Equal("Drought forced cities to cancel.", QuizScoring.WithoutAttribution("According to CNN (2 Jul 2022): Drought forced cities to cancel."));
        Assert.Equal("Drought (2 Jul): it forced them.", QuizScoring.WithoutAttribution("Drought (2 Jul): it forced them."));
    }
}
