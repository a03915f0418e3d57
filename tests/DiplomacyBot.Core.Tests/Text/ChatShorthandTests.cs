using DiplomacyBot.Core.Text;

namespace DiplomacyBot.Core.Tests.Text;

public sealed class ChatShorthandTests
{
    [Theory]
    [InlineData("how many hrs did the summit run?", "how many hours did the summit run?")]
    [InlineData("when is the next mtg w/ the govt", "when is the next meeting with the government")]
    [InlineData("talks w/o the us b/c of the row?", "talks without the us because of the row?")]
    [InlineData("are moscow and DC still talking", "are moscow and Washington still talking")]
    [InlineData("r u sure it was 2 yrs", "are you sure it was 2 years")]
    [InlineData("what did the FMs agree", "what did the foreign ministers agree")]
    [InlineData("tl;dr how did the port talks go?", "summary how did the port talks go?")]
    [InlineData("TLDR - who won", "summary - who won")]
    [InlineData("wat did the envoy tell them b4 the vote", "what did the envoy tell them before the vote")]
    [InlineData("whn r the talks, n whr", "when are the talks, n where")]
    [InlineData("whos leading the talks", "who's leading the talks")]
    [InlineData("whats the plan, didnt they agree?", "what's the plan, didn't they agree?")]
    public void Shorthand_IsWrittenOut(string typed, string expected)
    {
        Assert.Equal(expected, ChatShorthand.Expanded(typed));
    }

    [Theory]
    [InlineData("did the u.s. delegation leave?")]
    [InlineData("what did the R&D budget cover")]
    [InlineData("who made the u-turn")]
    [InlineData("the hours-long meeting")]
    public void WordsThatOnlyContainShorthand_AreLeftAsTyped(string typed)
    {
        Assert.Equal(typed, ChatShorthand.Expanded(typed));
    }
}
