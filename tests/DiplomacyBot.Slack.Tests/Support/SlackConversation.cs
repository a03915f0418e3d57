using System.Text.Json.Nodes;

namespace DiplomacyBot.Slack.Tests.Support;

/// <summary>Payloads of conversations in Slack: channel and thread messages without a mention, and button clicks.</summary>
public static class SlackConversation
{
    /// <summary>A message event (message.channels), in a thread when <paramref name="threadTs"/> is given.</summary>
    public static JsonObject MessageEnvelope(string envelopeId, string eventId, string channel, string ts, string? threadTs, string text, string user = "U2")
    {
        JsonObject envelope = FakeSlack.MentionEnvelope(envelopeId, eventId, channel, ts, text, user);
        JsonObject e = envelope["payload"]!["event"]!.AsObject();
        e["type"] = "message";
        e["channel_type"] = "channel";
        if (threadTs is not null)
        {
            e["thread_ts"] = threadTs;
        }

        return envelope;
    }

    /// <summary>A block_actions payload: a click on a button with this value.</summary>
    public static JsonObject Click(string channel, string user, string? value, string messageTs, Uri responseUrl, string actionId = "diplo_helpful") => new()
    {
        ["type"] = "block_actions",
        ["user"] = new JsonObject { ["id"] = user, ["username"] = "ada", ["team_id"] = "T1" },
        ["api_app_id"] = "A1",
        ["token"] = "verification-token",
        ["team"] = new JsonObject { ["id"] = "T1", ["domain"] = "test" },
        ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = messageTs, ["channel_id"] = channel, ["is_ephemeral"] = false },
        ["channel"] = new JsonObject { ["id"] = channel, ["name"] = "general" },
        ["trigger_id"] = "398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c",
        ["response_url"] = responseUrl.ToString(),
        ["actions"] = new JsonArray(new JsonObject
        {
            ["type"] = "button",
            ["action_id"] = actionId,
            ["block_id"] = "diplo_actions",
            ["value"] = value,
            ["action_ts"] = "1700000100.000200",
        }),
    };

    public static JsonObject InteractiveEnvelope(string envelopeId, JsonObject payload) => new()
    {
        ["envelope_id"] = envelopeId,
        ["type"] = "interactive",
        ["accepts_response_payload"] = false,
        ["payload"] = payload,
    };

    /// <summary>The form body Slack posts to the interactivity URL.</summary>
    public static string Form(JsonObject payload) => "payload=" + Uri.EscapeDataString(payload.ToJsonString());

    /// <summary>The value of the button with this label in a posted message's actions block, or null.</summary>
    public static string? Button(RecordedCall post, string label) => Button(post.Json!, label);

    public static string? Button(JsonObject message, string label) =>
        message["blocks"]!.AsArray()
            .Where(b => b!["type"]!.ToString() == "actions")
            .SelectMany(b => b!["elements"]!.AsArray())
            .FirstOrDefault(e => e!["text"]!["text"]!.ToString() == label)?["value"]?.ToString();

    /// <summary>Every text of a message's blocks, one a line.</summary>
    public static string Texts(JsonObject message) => string.Join("\n", message["blocks"]!.AsArray().SelectMany(b => b!["type"]!.ToString() switch
    {
        "section" => [b["text"]!["text"]!.ToString()],
        "context" => b["elements"]!.AsArray().Select(e => e!["text"]!.ToString()),
        _ => [],
    }));
}
