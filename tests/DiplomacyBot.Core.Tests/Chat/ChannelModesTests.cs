using DiplomacyBot.Core.Chat;

namespace DiplomacyBot.Core.Tests.Chat;

public sealed class ChannelModesTests
{
    [Fact]
    public void ListedChannels_HaveTheirMode_OthersAnswerMentionsOnly()
    {
        var configured = new Dictionary<string, string> { ["C1"] = "auto", ["C2"] = "Mention" };

        Assert.Equal(ChannelMode.Auto, ChannelModes.Of(configured, "C1"));
        Assert.Equal(ChannelMode.Mention, ChannelModes.Of(configured, "C2"));
        Assert.Equal(ChannelMode.Mention, ChannelModes.Of(configured, "C3"));
        Assert.Empty(ChannelModes.Failures("Slack:Channels", configured));
    }

    [Fact]
    public void BadValue_IsOneFailureNamingItsKey()
    {
        var configured = new Dictionary<string, string> { ["C1"] = "auto", ["C9"] = "always" };

        string failure = Assert.Single(ChannelModes.Failures("Slack:Channels", configured));
        Assert.Equal("Slack:Channels:C9 must be mention or auto", failure);
    }

    [Fact]
    public void ThreadContextHours_MustBePositive()
    {
        Assert.Empty(new ChatOptions().Failures());
        Assert.Equal(["Chat:ThreadContextHours must be more than 0 and at most 8760"], new ChatOptions { ThreadContextHours = 0 }.Failures());
    }
}
