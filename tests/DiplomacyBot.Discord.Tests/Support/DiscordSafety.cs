using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DiplomacyBot.Discord.Tests.Support;

/// <summary>The check every outgoing Discord message must pass: mentions parsed from nothing, no live mention in any text, every limit held.</summary>
public static partial class DiscordSafety
{
    public static void AssertSafe(JsonObject body)
    {
        JsonObject allowed = Assert.IsType<JsonObject>(body["allowed_mentions"]);
        Assert.Empty(Assert.IsType<JsonArray>(allowed["parse"]));
        Assert.Null(allowed["users"]);
        Assert.Null(allowed["roles"]);
        string content = body["content"]?.ToString() ?? string.Empty;
        Assert.True(content.Length <= DiscordRenderer.MaxContent, $"content of {content.Length} characters");
        AssertNoPings(content);
        var embeds = body["embeds"]?.AsArray() ?? [];
        Assert.True(embeds.Count <= DiscordRenderer.MaxEmbeds, $"{embeds.Count} embeds");
        Assert.True(embeds.Sum(DiscordMessage.EmbedCharacters) <= DiscordRenderer.MaxEmbedCharacters, "over 6000 embed characters");
        foreach (JsonNode? embed in embeds)
        {
            Check(embed!["title"], DiscordRenderer.MaxTitle);
            Check(embed["description"], DiscordRenderer.MaxDescription);
            Check(embed["footer"]?["text"], DiscordRenderer.MaxFooter);
            var fields = embed["fields"]?.AsArray() ?? [];
            Assert.True(fields.Count <= DiscordRenderer.MaxFields, $"{fields.Count} fields");
            foreach (JsonNode? field in fields)
            {
                Check(field!["name"], DiscordRenderer.MaxFieldName, required: true);
                Check(field["value"], DiscordRenderer.MaxFieldValue, required: true);
            }
        }

        foreach (JsonNode? row in body["components"]?.AsArray() ?? [])
        {
            Assert.Equal(DiscordRenderer.ActionRow, (int)row!["type"]!);
            var buttons = row["components"]!.AsArray();
            Assert.InRange(buttons.Count, 1, 5);
            foreach (JsonNode? button in buttons)
            {
                Assert.Equal(DiscordRenderer.Button, (int)button!["type"]!);
                Assert.Contains(button["label"]!.ToString(), new[] { "Helpful", "Not helpful", "More sources", "Share in channel" });
                Assert.True(Core.Chat.ChatButton.TryParse(button["custom_id"]!.ToString(), out _), "a custom_id the bot did not make");
            }
        }
    }

    /// <summary>No @everyone, @here, user, role or channel mention, and no split surrogate pair.</summary>
    public static void AssertNoPings(string text)
    {
        Assert.DoesNotMatch(Pings(), text);
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

    /// <summary>Undoes <see cref="DiscordText.Escape"/>: the text a reader sees.</summary>
    public static string Unescape(string text)
    {
        var plain = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && "\\*_~`|[]<>#-:".Contains(text[i + 1], StringComparison.Ordinal))
            {
                plain.Append(text[++i]);
            }
            else if (text[i] == '@' && i + 1 < text.Length && text[i + 1] == DiscordText.ZeroWidthSpace)
            {
                plain.Append('@');
                i++;
            }
            else
            {
                plain.Append(text[i]);
            }
        }

        return plain.ToString();
    }

    private static void Check(JsonNode? node, int max, bool required = false)
    {
        if (node is null)
        {
            Assert.False(required, "a required embed text is missing");
            return;
        }

        string text = node.ToString();
        Assert.InRange(text.Length, required ? 1 : 0, max);
        AssertNoPings(text);
    }

    [GeneratedRegex(@"@(everyone|here)|<@[!&]?\d+>|<#\d+>|<@&?\d")]
    private static partial Regex Pings();
}
