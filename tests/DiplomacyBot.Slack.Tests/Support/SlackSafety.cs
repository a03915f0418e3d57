using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DiplomacyBot.Slack.Tests.Support;

/// <summary>The check every outgoing Slack payload must pass: nothing can ping, nothing is broken, every limit holds.</summary>
public static partial class SlackSafety
{
    public static void AssertSafe(JsonObject payload)
    {
        // Name linking or full parsing would turn a plain "@channel" into a ping.
        Assert.True(payload["link_names"] is null || payload["link_names"]!.GetValue<bool>() == false, "link_names must not be on");
        Assert.True(payload["parse"] is null || payload["parse"]!.ToString() == "none", "parse must be none");
        string text = payload["text"]?.ToString() ?? string.Empty;
        Assert.True(text.Length <= SlackRenderer.MaxFallbackText, $"fallback text of {text.Length} characters");
        AssertSafeText(text);
        var blocks = payload["blocks"]?.AsArray() ?? [];
        Assert.True(blocks.Count <= SlackRenderer.MaxBlocks, $"{blocks.Count} blocks");
        foreach (JsonNode? block in blocks)
        {
            string type = block!["type"]!.ToString();
            if (type == "section")
            {
                string section = block["text"]!["text"]!.ToString();
                Assert.InRange(section.Length, 1, SlackRenderer.MaxSectionText);
                AssertSafeText(section);
            }
            else if (type == "actions")
            {
                AssertSafeButtons(block.AsObject());
            }
            else
            {
                Assert.Equal("context", type);
                var elements = block["elements"]!.AsArray();
                Assert.InRange(elements.Count, 1, 10);
                foreach (JsonNode? element in elements)
                {
                    string value = element!["text"]!.ToString();
                    Assert.InRange(value.Length, 1, SlackRenderer.MaxSectionText);
                    AssertSafeText(value);
                }
            }
        }
    }

    /// <summary>Buttons with plain-text labels of the bot's own, and values that are the core's button values and nothing else.</summary>
    public static void AssertSafeButtons(JsonObject block)
    {
        var elements = block["elements"]!.AsArray();
        Assert.InRange(elements.Count, 1, 25);
        foreach (JsonNode? element in elements)
        {
            Assert.Equal("button", element!["type"]!.ToString());
            Assert.Equal("plain_text", element["text"]!["type"]!.ToString());
            Assert.Contains(element["text"]!["text"]!.ToString(), new[] { "Helpful", "Not helpful", "More sources", "Share in channel" });
            Assert.True(Core.Chat.ChatButton.TryParse(element["value"]!.ToString(), out _), "a button value the bot did not make");
            Assert.StartsWith(SlackRenderer.ActionIdPrefix, element["action_id"]!.ToString(), StringComparison.Ordinal);
        }
    }

    public static void AssertSafe(SlackMessage message) =>
        AssertSafe(new JsonObject { ["text"] = message.Text, ["blocks"] = message.Blocks.DeepClone() });

    /// <summary>No raw '&lt;' (so no &lt;!here&gt;, &lt;@U…&gt;), '&gt;' only as our own quote marker, every '&amp;' an entity, no split surrogate.</summary>
    public static void AssertSafeText(string text)
    {
        Assert.DoesNotContain('<', text);
        Assert.DoesNotMatch(BareAmpersand(), text);
        string withoutQuoteMarkers = QuoteMarker().Replace(text, string.Empty);
        Assert.DoesNotContain('>', withoutQuoteMarkers);
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]))
            {
                Assert.True(i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]), "a split surrogate pair");
                i++;
            }
            else
            {
                Assert.False(char.IsLowSurrogate(text[i]), "a lone low surrogate");
            }
        }
    }

    public static string Unescape(string text) =>
        text.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);

    [GeneratedRegex("&(?!amp;|lt;|gt;)")]
    private static partial Regex BareAmpersand();

    [GeneratedRegex("(?m)^> ")]
    private static partial Regex QuoteMarker();
}
