using DiplomacyBot.Core.Chat;

namespace DiplomacyBot.Core.Tests.Chat;

public sealed class QuestionShapeTests
{
    [Theory]
    [InlineData("When is the third round?")]
    [InlineData("where did the talks take place")]
    [InlineData("did they agree on visas")]
    [InlineData("Is there a date yet")]
    [InlineData("tell me about the Istanbul meeting")]
    [InlineData("List the rounds so far")]
    [InlineData("summarise the talks")]
    [InlineData("the embassies reopened?")]
    [InlineData("and on visas?")]
    public void ReadsAsQuestion_WhenItAsks(string text) => Assert.True(QuestionShape.ReadsAsQuestion(text));

    [Theory]
    [InlineData("thanks!")]
    [InlineData("see you at ten")]
    [InlineData("lol")]
    [InlineData("I think the talks went well")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("??")]
    [InlineData("Isolation is a theme today")]
    public void DoesNotReadAsQuestion_ForChatter(string text) => Assert.False(QuestionShape.ReadsAsQuestion(text));
}
