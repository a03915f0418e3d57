using DiplomacyBot.Core.Chat;
using DiplomacyBot.Discord.Tests.Support;

namespace DiplomacyBot.Discord.Tests;

/// <summary>The answer buttons (message components) and the lines around them in Discord messages: limits held, nothing that can ping.</summary>
public sealed class DiscordRendererButtonTests
{
    private const string Id = "0123456789abcdef0123456789abcdef";

    private static ChatQuote Quote(int i) => new($"Quote {i} @everyone", "Title <@123>", "Outlet", "1 Oct 2025", "https://example.org/@here");

    [Fact]
    public void Answer_CarriesItsButtonsOnTheLastMessage_AndFollowUpAndNoteLinesNeverPing()
    {
        var reply = new ChatReply("Lead @everyone", [Quote(1)], [])
        {
            Actions = new ChatActions(Id, Feedback: true, MorePage: 2, Share: true),
            ReadAs = "Where did @here <@&42> happen?",
            Note = "Thanks <@123> @everyone",
        };

        DiscordMessage message = Assert.Single(DiscordRenderer.Render(reply));

        DiscordSafety.AssertSafe(message.ToJson());
        string content = DiscordSafety.Unescape(message.Content);
        Assert.StartsWith("Following up: Where did @here <@&42> happen?\nLead @everyone", content, StringComparison.Ordinal);
        Assert.EndsWith("Thanks <@123> @everyone", content, StringComparison.Ordinal);
        var buttons = message.ToJson()["components"]![0]!["components"]!.AsArray();
        Assert.Equal(["helpful:" + Id, "not_helpful:" + Id, "more:" + Id + ":2", "share:" + Id], buttons.Select(b => b!["custom_id"]!.ToString()));
    }

    [Fact]
    public void LongAnswer_PutsItsButtonsOnlyOnTheLastMessage()
    {
        var reply = new ChatReply("Lead", Enumerable.Range(1, 14).Select(Quote).ToList(), []) { Actions = new ChatActions(Id, true, 1, false) };

        IReadOnlyList<DiscordMessage> messages = DiscordRenderer.Render(reply);

        Assert.True(messages.Count > 1);
        Assert.All(messages, m => DiscordSafety.AssertSafe(m.ToJson()));
        Assert.All(messages.SkipLast(1), m => Assert.Null(m.Components));
        Assert.NotNull(messages[^1].Components);
    }
}
