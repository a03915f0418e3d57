namespace DiplomacyBot.Slack;

/// <summary>
/// Renders a platform-neutral reply as Slack messages: the lead in a section, each quote as a quote block followed by a
/// context line with title, outlet and date (and the source), list items as bullets. All article and user text is
/// escaped; text objects are <c>verbatim</c> so nothing is auto-linked. A long reply is split across messages within
/// Slack's limits: 50 blocks a message, 3000 characters a section, 4000 characters of fallback text. How a follow-up
/// was read opens the reply as a context line; a note and the buttons (an actions block whose values are the core's
/// button values) close its last message.
/// </summary>
public static class SlackRenderer
{
    public const int MaxBlocks = 50;
    public const int MaxSectionText = 3000;
    public const int MaxContextText = 2000;
    public const int MaxFallbackText = 4000;
    public const string ActionsBlockId = "diplo_actions";
    public const string ActionIdPrefix = "diplo_";

    public static IReadOnlyList<SlackMessage> Render(ChatReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var blocks = new List<(JsonObject Block, string Fallback)>();
        if (reply.ReadAs is { Length: > 0 } readAs)
        {
            blocks.Add(Context(SlackText.Truncate(SlackText.Escape("Following up: " + readAs), MaxContextText)));
        }

        foreach (string chunk in SlackText.Chunk(reply.Lead, MaxSectionText))
        {
            blocks.Add(Section(SlackText.Escape(chunk)));
        }

        foreach (ChatQuote quote in reply.Quotes)
        {
            AddQuote(blocks, quote);
        }

        foreach (ChatItem item in reply.Items)
        {
            string text = "• " + item.Heading + (item.Detail is { Length: > 0 } d ? "\n" + d : string.Empty);
            foreach (string chunk in SlackText.Chunk(text, MaxSectionText))
            {
                blocks.Add(Section(SlackText.Escape(chunk)));
            }

            foreach (ChatQuote quote in item.Quotes)
            {
                AddQuote(blocks, quote);
            }
        }

        if (reply.Image is { } image)
        {
            blocks.Add(Context("Chart: " + SlackText.Escape(image.Title) + " (attached below)"));
        }

        if (reply.Note is { Length: > 0 } note)
        {
            blocks.Add(Context(SlackText.Truncate(SlackText.Escape(note), MaxContextText)));
        }

        List<SlackMessage> messages = Pack(blocks);
        if (reply.Actions?.Buttons().ToList() is { Count: > 0 } buttons)
        {
            // The buttons go under the last message, in a page of their own when it is full.
            if (messages.Count == 0 || messages[^1].Blocks.Count >= MaxBlocks)
            {
                messages.Add(new SlackMessage(SlackText.Escape(reply.Lead.Length > 0 ? Core.Text.Shortened.To(reply.Lead, 200) : "Sources"), []));
            }

            messages[^1].Blocks.Add(Actions(buttons));
        }

        return messages;
    }

    /// <summary>An actions block of buttons: the label as plain text, the core's button value, nothing from the wire.</summary>
    private static JsonObject Actions(IReadOnlyList<ChatButton> buttons) => new()
    {
        ["type"] = "actions",
        ["block_id"] = ActionsBlockId,
        ["elements"] = new JsonArray(buttons.Select(b =>
        {
            var button = new JsonObject
            {
                ["type"] = "button",
                ["action_id"] = ActionIdPrefix + b.Kind.ToString().ToLowerInvariant(),
                ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = ChatActions.Label(b.Kind), ["emoji"] = false },
                ["value"] = b.Encode(),
            };
            if (b.Kind == ChatActionKind.Share)
            {
                button["style"] = "primary";
            }

            return (JsonNode)button;
        }).ToArray()),
    };

    private static void AddQuote(List<(JsonObject, string)> blocks, ChatQuote quote)
    {
        // "> " on every line makes an mrkdwn block quote; the escaped text holds no raw '>' of its own.
        foreach (string chunk in SlackText.Chunk(quote.Text, MaxSectionText - 200))
        {
            string lines = string.Join("\n", SlackText.Escape(chunk).Split('\n').Select(l => "> " + l));
            blocks.Add(Section(lines));
        }

        string attribution = $"{quote.Title} · {quote.Outlet} · {quote.Date}";
        blocks.Add(Context(
            SlackText.Truncate(SlackText.Escape(attribution), MaxContextText),
            SlackText.Truncate(SlackText.Escape(quote.Source), MaxContextText)));
    }

    private static (JsonObject, string) Section(string mrkdwn) => (
        new JsonObject
        {
            ["type"] = "section",
            ["text"] = Mrkdwn(mrkdwn),
        },
        mrkdwn);

    private static (JsonObject, string) Context(params string[] texts) => (
        new JsonObject
        {
            ["type"] = "context",
            ["elements"] = new JsonArray(texts.Where(t => t.Length > 0).Select(t => (JsonNode)Mrkdwn(t)).ToArray()),
        },
        string.Join(" · ", texts.Where(t => t.Length > 0)));

    private static JsonObject Mrkdwn(string text) => new()
    {
        ["type"] = "mrkdwn",
        ["text"] = text,
        ["verbatim"] = true,
    };

    private static List<SlackMessage> Pack(List<(JsonObject Block, string Fallback)> blocks)
    {
        var messages = new List<SlackMessage>();
        for (int i = 0; i < blocks.Count; i += MaxBlocks)
        {
            var page = blocks.Skip(i).Take(MaxBlocks).ToList();
            var fallback = new StringBuilder();
            foreach (var (_, text) in page)
            {
                if (fallback.Length > 0)
                {
                    fallback.Append('\n');
                }

                fallback.Append(text);
            }

            messages.Add(new SlackMessage(SlackText.Truncate(fallback.ToString(), MaxFallbackText), new JsonArray(page.Select(p => (JsonNode)p.Block).ToArray())));
        }

        return messages;
    }
}
