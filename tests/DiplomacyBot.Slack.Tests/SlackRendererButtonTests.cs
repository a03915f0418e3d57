using DiplomacyBot.Core.Chat;
using DiplomacyBot.Slack.Tests.Support;

namespace DiplomacyBot.Slack.Tests;

/// <summary>The answer buttons and the lines around them in Slack messages: limits held, nothing that can ping.</summary>
public sealed class SlackRendererButtonTests
{
    private const string Id = "0123456789abcdef0123456789abcdef";

    private static ChatQuote Quote(int i) => new($"Quote {i} <!channel>", "Title <@U1>", "Outlet", "1 Oct 2025", "https://example.org/<!here>");

    [Fact]
    public void Answer_EndsWithItsButtons_AndFollowUpAndNoteLinesAreEscaped()
    {
        var reply = new ChatReply("Lead <!everyone>", [Quote(1)], [])
        {
            Actions = new ChatActions(Id, Feedback: true, MorePage: 1, Share: true),
            ReadAs = "Where did <!here> happen? <@U2> <!subteam^S1>",
            Note = "Thanks <!channel> & @here",
        };

        SlackMessage message = Assert.Single(SlackRenderer.Render(reply));

        SlackSafety.AssertSafe(message);
        string texts = SlackConversation.Texts(new System.Text.Json.Nodes.JsonObject { ["blocks"] = message.Blocks.DeepClone() });
        Assert.StartsWith("Following up: Where did &lt;!here&gt; happen?", texts, StringComparison.Ordinal);
        Assert.EndsWith("Thanks &lt;!channel&gt; &amp; @here", texts, StringComparison.Ordinal);
        var buttons = message.Blocks[^1]!["elements"]!.AsArray();
        Assert.Equal(["helpful:" + Id, "not_helpful:" + Id, "more:" + Id + ":1", "share:" + Id], buttons.Select(b => b!["value"]!.ToString()));
    }

    [Fact]
    public void LongAnswer_PutsItsButtonsUnderTheLastMessage_WithinTheBlockLimit()
    {
        var reply = new ChatReply("Lead", Enumerable.Range(1, 25).Select(Quote).ToList(), []) { Actions = new ChatActions(Id, true, null, false) };

        IReadOnlyList<SlackMessage> messages = SlackRenderer.Render(reply);

        Assert.True(messages.Count > 1);
        Assert.All(messages, SlackSafety.AssertSafe);
        Assert.All(messages.SkipLast(1), m => Assert.DoesNotContain(m.Blocks, b => b!["type"]!.ToString() == "actions"));
        Assert.Equal("actions", messages[^1].Blocks[^1]!["type"]!.ToString());
    }

    [Fact]
    public void ReplyWithoutActions_HasNoButtons()
    {
        SlackMessage message = Assert.Single(SlackRenderer.Render(ChatReply.Text("help text")));

        Assert.DoesNotContain(message.Blocks, b => b!["type"]!.ToString() == "actions");
    }
}
