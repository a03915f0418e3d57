using DiplomacyBot.Core.Chat;

namespace DiplomacyBot.Core.Tests.Chat;

public sealed class ChatButtonTests
{
    private const string Id = "0123456789abcdef0123456789abcdef";

    [Theory]
    [InlineData(ChatActionKind.Helpful, 0)]
    [InlineData(ChatActionKind.NotHelpful, 0)]
    [InlineData(ChatActionKind.MoreSources, 2)]
    [InlineData(ChatActionKind.Share, 0)]
    public void Encoded_ParsesBackToTheSameButton(ChatActionKind kind, int page)
    {
        var button = new ChatButton(kind, Id, page);

        Assert.True(ChatButton.TryParse(button.Encode(), out ChatButton back));
        Assert.Equal(button, back);
        Assert.True(button.Encode().Length <= ChatButton.MaxLength);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("helpful")]
    [InlineData("helpful:0123")]
    [InlineData("helpful:0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("helpful:0123456789abcdef0123456789abcdef:1")]
    [InlineData("more:0123456789abcdef0123456789abcdef")]
    [InlineData("more:0123456789abcdef0123456789abcdef:-1")]
    [InlineData("more:0123456789abcdef0123456789abcdef:100")]
    [InlineData("delete:0123456789abcdef0123456789abcdef")]
    [InlineData("helpful:0123456789abcdef0123456789abcdef <!channel>")]
    [InlineData("helpful:0123456789abcdef0123456789abcdef\n")]
    [InlineData("<@U123>")]
    [InlineData("@everyone")]
    public void HostileOrMalformedValues_AreNoButton(string? value) => Assert.False(ChatButton.TryParse(value, out _));

    [Fact]
    public void LongValue_IsNoButton() => Assert.False(ChatButton.TryParse("helpful:" + new string('a', 100_000), out _));
}
