using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyBot.Discord;

/// <summary>
/// Answers interactions, whether they come over the gateway or the HTTP endpoint: PING gets PONG, <c>/diplo</c> is
/// deferred at once (type 5, "thinking…") and its question queued, so the answer later replaces the original response;
/// autocomplete gets up to 25 timeline topics. A repeated interaction id is deferred again but not answered twice.
/// The question is queued only after the deferral has gone out (see <see cref="Outcome.Question"/>), because an edit
/// of <c>@original</c> before it would fail. With <c>Chat:EphemeralCommands</c> the deferral (and so the answer) is
/// seen by the asker only. A click on an answer's button (a message component) is acknowledged with a deferred update
/// and queued once that has gone out; a custom_id that is not one of the bot's buttons gets a deferred update and nothing else.
/// </summary>
public sealed class DiscordInteractions(
    [FromKeyedServices(DiscordEventRouter.Platform)] ChatInbox inbox,
    TimelineTopics topics,
    IDiscordApi api,
    IOptions<ChatOptions> chat,
    TimeProvider time,
    ILogger<DiscordInteractions> logger)
{
    public const string ReplyAddressPrefix = "interaction:";
    public const int Pong = 1;
    public const int ChannelMessage = 4;
    public const int DeferredChannelMessage = 5;
    public const int DeferredUpdateMessage = 6;
    public const int AutocompleteResult = 8;
    public const int Ephemeral = 1 << 6;
    private const int MessageComponent = 3;
    private readonly Lock order = new();
    private Task lastQueued = Task.CompletedTask;

    public Outcome Handle(JsonObject interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        int type = (int?)interaction["type"] ?? 0;
        string? id = (string?)interaction["id"];
        string? token = (string?)interaction["token"];
        if (type == 1)
        {
            return new Outcome(new JsonObject { ["type"] = Pong }, null);
        }

        if (type == 4)
        {
            var focused = DiscordCommands.Focused(interaction["data"] as JsonObject);
            var choices = focused is { Name: "topic" } f ? topics.Suggest(f.Value) : [];
            return new Outcome(
                new JsonObject
                {
                    ["type"] = AutocompleteResult,
                    ["data"] = new JsonObject { ["choices"] = new JsonArray(choices.Select(c => (JsonNode)new JsonObject { ["name"] = c, ["value"] = c }).ToArray()) },
                },
                null);
        }

        if (type == MessageComponent && id is not null && token is not null)
        {
            return Component(interaction, id, token);
        }

        if (type != 2 || id is null || token is null)
        {
            return Message("That interaction isn't something I handle.");
        }

        if (DiscordCommands.ToText(interaction["data"] as JsonObject) is not { } text)
        {
            return Message("Unknown command; try /diplo help.");
        }

        JsonNode? user = interaction["member"]?["user"] ?? interaction["user"];
        bool ephemeral = chat.Value.EphemeralCommands;
        JsonObject deferral = ephemeral
            ? new JsonObject { ["type"] = DeferredChannelMessage, ["data"] = new JsonObject { ["flags"] = Ephemeral } }
            : new JsonObject { ["type"] = DeferredChannelMessage };
        if (!inbox.FirstTime("discord:interaction:" + id))
        {
            inbox.Ignore("interaction", $"already seen ({id})");
            return new Outcome(deferral, null);
        }

        var question = new IncomingQuestion(
            DiscordEventRouter.Platform,
            (string?)interaction["guild_id"] ?? DiscordEventRouter.DirectMessages,
            (string?)interaction["channel_id"] ?? (string?)interaction["channel"]?["id"] ?? string.Empty,
            null,
            (string?)user?["id"] ?? string.Empty,
            text,
            time.GetUtcNow())
        {
            ReplyAddress = ReplyAddressPrefix + token,
            Ephemeral = ephemeral,
        };
        return new Outcome(deferral, question);
    }

    /// <summary>A click on a button: acknowledged with a deferred update; the click is queued when it is one of the bot's buttons.</summary>
    private Outcome Component(JsonObject interaction, string id, string token)
    {
        var acknowledged = new JsonObject { ["type"] = DeferredUpdateMessage };
        JsonNode? user = interaction["member"]?["user"] ?? interaction["user"];
        string? channel = Text(interaction["channel_id"]) ?? Text(interaction["channel"]?["id"]);
        if (!ChatButton.TryParse(Text(interaction["data"]?["custom_id"]), out ChatButton button) || channel is null || Text(user?["id"]) is not { } clicker)
        {
            inbox.Ignore("component", "not one of the bot's buttons");
            return new Outcome(acknowledged, null);
        }

        if (!inbox.FirstTime("discord:interaction:" + id))
        {
            inbox.Ignore("component", $"already seen ({id})");
            return new Outcome(acknowledged, null);
        }

        var action = new ChatAction(DiscordEventRouter.Platform, channel, clicker, button, time.GetUtcNow())
        {
            MessageId = Text(interaction["message"]?["id"]),
            ReplyAddress = ReplyAddressPrefix + token,
        };
        return new Outcome(acknowledged, null) { Action = action };
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out string? text) && text.Length > 0 ? text : null;

    /// <summary>Queues the question of an outcome whose initial response has been sent.</summary>
    public void Accept(Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Question is { } question)
        {
            inbox.Enqueue("slash command", question);
        }

        if (outcome.Action is { } action)
        {
            inbox.EnqueueAction(action);
        }
    }

    /// <summary>
    /// A gateway INTERACTION_CREATE: the initial response goes out over REST, then the question is queued. Responses
    /// to several interactions go out side by side, but their questions and clicks are queued in the order the
    /// gateway delivered them, so "helpful" then "not helpful" ends as "not helpful".
    /// </summary>
    public async Task HandleGatewayAsync(JsonObject interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        Outcome outcome = Handle(interaction);
        string id = (string?)interaction["id"] ?? string.Empty;
        var turn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task before;
        lock (order)
        {
            before = lastQueued;
            lastQueued = turn.Task;
        }

        try
        {
            bool sent = await RespondAsync(id, (string?)interaction["token"] ?? string.Empty, outcome.Response, cancellationToken).ConfigureAwait(false);
            await before.ConfigureAwait(false);
            if (sent)
            {
                Accept(outcome);
            }
        }
        finally
        {
            turn.SetResult();
        }
    }

    private async Task<bool> RespondAsync(string id, string token, JsonObject response, CancellationToken cancellationToken)
    {
        try
        {
            await api.RespondToInteractionAsync(id, token, response, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is DiscordApiException or HttpRequestException or TaskCanceledException)
        {
            DiscordLog.InteractionResponseFailed(logger, ex, id);
            return false;
        }
    }

    private static Outcome Message(string text) => new(
        new JsonObject
        {
            ["type"] = ChannelMessage,
            ["data"] = new JsonObject { ["content"] = DiscordText.Escape(text), ["flags"] = Ephemeral, ["allowed_mentions"] = DiscordMessage.NoMentions() },
        },
        null);

    /// <summary>The initial response to send, and the question to queue once it has gone out (null when there is nothing to answer).</summary>
    public sealed record Outcome(JsonObject Response, IncomingQuestion? Question)
    {
        /// <summary>The click to queue once the acknowledgement has gone out (null when there is none).</summary>
        public ChatAction? Action { get; init; }
    }
}
