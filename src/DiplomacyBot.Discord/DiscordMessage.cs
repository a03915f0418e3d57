namespace DiplomacyBot.Discord;

/// <summary>One Discord message as the bot sends it: content, embeds, an optional attached image and optional components (buttons).</summary>
public sealed record DiscordMessage(string Content, JsonArray Embeds, ChatImage? Image = null)
{
    /// <summary>Action rows of buttons; null for none.</summary>
    public JsonArray? Components { get; init; }

    /// <summary>Message flags (64: only the interaction's user sees it); null for none.</summary>
    public int? Flags { get; init; }

    /// <summary>Mentions parsed from nothing: no user, role, @everyone or @here can be pinged by this message.</summary>
    public static JsonObject NoMentions() => new() { ["parse"] = new JsonArray() };

    /// <summary>The JSON body (for create, edit, follow-up or an interaction callback's data); it always says <c>allowed_mentions: {"parse": []}</c>.</summary>
    public JsonObject ToJson()
    {
        var body = new JsonObject
        {
            ["content"] = Content,
            ["embeds"] = Embeds.DeepClone(),
            ["allowed_mentions"] = NoMentions(),
        };
        if (Components is not null)
        {
            body["components"] = Components.DeepClone();
        }

        if (Flags is { } flags)
        {
            body["flags"] = flags;
        }

        if (Image is not null)
        {
            body["attachments"] = new JsonArray(new JsonObject { ["id"] = 0, ["filename"] = Image.FileName, ["description"] = DiscordText.Plain(Image.Title, 1024) });
        }

        return body;
    }

    /// <summary>The characters Discord counts toward its 6000 per message: every embed's title, description, field names and values, footer and author.</summary>
    public static int EmbedCharacters(JsonNode? embed)
    {
        if (embed is null)
        {
            return 0;
        }

        int Length(JsonNode? node) => node?.GetValue<string>().Length ?? 0;
        int total = Length(embed["title"]) + Length(embed["description"]) + Length(embed["footer"]?["text"]) + Length(embed["author"]?["name"]);
        foreach (JsonNode? field in embed["fields"]?.AsArray() ?? [])
        {
            total += Length(field?["name"]) + Length(field?["value"]);
        }

        return total;
    }
}
