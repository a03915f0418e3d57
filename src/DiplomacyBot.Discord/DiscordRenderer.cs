namespace DiplomacyBot.Discord;

/// <summary>
/// Renders a platform-neutral reply as Discord messages: the lead as content, each quote as an embed (the article's
/// title as the embed title, the quote as its description, outlet and date as fields, the source in the footer), list
/// items as embeds whose quotes are fields named by title, outlet and date. All text is escaped by
/// <see cref="DiscordText"/>. Limits hold by construction: content 2000, title 256, description 4096, 25 fields of
/// 256/1024, footer 2048, 6000 embed characters and 10 embeds per message; a long reply spans several messages. How a
/// follow-up was read opens the content; a note closes the last message, which carries the buttons (one action row,
/// each button's custom_id the core's button value).
/// </summary>
public static class DiscordRenderer
{
    public const int MaxContent = 2000;
    public const int MaxEmbeds = 10;
    public const int MaxTitle = 256;
    public const int MaxDescription = 4096;
    public const int MaxFields = 25;
    public const int MaxFieldName = 256;
    public const int MaxFieldValue = 1024;
    public const int MaxFooter = 2048;
    public const int MaxEmbedCharacters = 6000;

    public const int ActionRow = 1;
    public const int Button = 2;

    private const int QuoteChunk = 4000;
    private const int AttributionPart = 256;
    private const int SourcePart = 512;
    private const int DetailPart = 1024;

    public static IReadOnlyList<DiscordMessage> Render(ChatReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var embeds = new List<JsonObject>();
        foreach (ChatQuote quote in reply.Quotes)
        {
            embeds.AddRange(QuoteEmbeds(quote));
        }

        foreach (ChatItem item in reply.Items)
        {
            embeds.AddRange(ItemEmbeds(item));
        }

        string lead = reply.Image is { } image ? reply.Lead + "\n(Chart attached: " + image.Title + ")" : reply.Lead;
        if (reply.ReadAs is { Length: > 0 } readAs)
        {
            lead = "Following up: " + Core.Text.Shortened.To(readAs, 300) + "\n" + lead;
        }

        var contents = DiscordText.Chunk(lead.Length == 0 ? " " : lead, MaxContent).Select(DiscordText.Escape).ToList();
        var messages = new List<(string Content, List<JsonObject> Embeds)>();
        foreach (string content in contents)
        {
            messages.Add((content, []));
        }

        foreach (JsonObject embed in embeds)
        {
            var (content, page) = messages[^1];
            int size = page.Sum(e => DiscordMessage.EmbedCharacters(e));
            if (page.Count >= MaxEmbeds || size + DiscordMessage.EmbedCharacters(embed) > MaxEmbedCharacters)
            {
                messages.Add((string.Empty, [embed]));
            }
            else
            {
                page.Add(embed);
            }
        }

        if (reply.Note is { Length: > 0 } note)
        {
            var (content, page) = messages[^1];
            string closing = DiscordText.Fit(note, 200);
            messages[^1] = (content.Length + closing.Length + 1 <= MaxContent ? (content.Trim().Length == 0 ? closing : content + "\n" + closing) : content, page);
        }

        var rendered = messages
            .Select((m, i) => new DiscordMessage(m.Content, new JsonArray(m.Embeds.Select(e => (JsonNode)e).ToArray()), i == 0 ? reply.Image : null))
            .ToList();
        if (reply.Actions?.Buttons().ToList() is { Count: > 0 } buttons)
        {
            rendered[^1] = rendered[^1] with { Components = Buttons(buttons) };
        }

        return rendered;
    }

    /// <summary>One action row of buttons: the label, the core's button value as custom_id, nothing from the wire.</summary>
    private static JsonArray Buttons(IReadOnlyList<ChatButton> buttons) => new(new JsonObject
    {
        ["type"] = ActionRow,
        ["components"] = new JsonArray(buttons.Select(b => (JsonNode)new JsonObject
        {
            ["type"] = Button,
            ["style"] = b.Kind switch
            {
                ChatActionKind.Helpful => 3,
                ChatActionKind.NotHelpful => 4,
                ChatActionKind.Share => 1,
                _ => 2,
            },
            ["label"] = ChatActions.Label(b.Kind),
            ["custom_id"] = b.Encode(),
        }).ToArray()),
    });

    private static IEnumerable<JsonObject> QuoteEmbeds(ChatQuote quote)
    {
        var chunks = DiscordText.Chunk(quote.Text.Length == 0 ? " " : quote.Text, QuoteChunk);
        for (int i = 0; i < chunks.Count; i++)
        {
            string title = chunks.Count == 1 ? quote.Title : $"{quote.Title} ({i + 1}/{chunks.Count})";
            yield return new JsonObject
            {
                ["title"] = DiscordText.Fit(title, MaxTitle),
                ["description"] = DiscordText.Escape(chunks[i]),
                ["fields"] = new JsonArray(
                    Field("Outlet", quote.Outlet, inline: true),
                    Field("Published", quote.Date, inline: true)),
                ["footer"] = new JsonObject { ["text"] = DiscordText.Plain(quote.Source, SourcePart) },
            };
        }
    }

    private static IEnumerable<JsonObject> ItemEmbeds(ChatItem item)
    {
        string heading = DiscordText.Fit(item.Heading, MaxTitle);
        string description = DiscordText.EscapedLength(item.Heading) > MaxTitle
            ? DiscordText.Fit(item.Heading + (item.Detail is { Length: > 0 } d ? "\n" + d : string.Empty), DetailPart + MaxTitle)
            : DiscordText.Fit(item.Detail ?? string.Empty, DetailPart);
        JsonObject current = Embed(heading, description);
        foreach (ChatQuote quote in item.Quotes)
        {
            string name = DiscordText.Fit($"{quote.Title} · {quote.Outlet} · {quote.Date}", MaxFieldName);
            var pieces = DiscordText.Chunk(quote.Text.Length == 0 ? " " : quote.Text, MaxFieldValue);
            foreach (string piece in pieces)
            {
                JsonObject field = new() { ["name"] = name, ["value"] = DiscordText.Escape(piece) };
                JsonArray fields = current["fields"]!.AsArray();
                if (fields.Count >= MaxFields || DiscordMessage.EmbedCharacters(current) + name.Length + field["value"]!.GetValue<string>().Length > MaxEmbedCharacters)
                {
                    yield return current;
                    current = Embed(DiscordText.Fit(item.Heading + " (continued)", MaxTitle), string.Empty);
                    fields = current["fields"]!.AsArray();
                }

                fields.Add(field);
            }
        }

        yield return current;
    }

    private static JsonObject Embed(string title, string description)
    {
        var embed = new JsonObject { ["title"] = title, ["fields"] = new JsonArray() };
        if (description.Length > 0)
        {
            embed["description"] = description;
        }

        return embed;
    }

    private static JsonObject Field(string name, string value, bool inline) => new()
    {
        ["name"] = name,
        ["value"] = DiscordText.Fit(value.Length == 0 ? "unknown" : value, AttributionPart),
        ["inline"] = inline,
    };
}
