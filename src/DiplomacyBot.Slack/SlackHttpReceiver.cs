using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyBot.Slack;

/// <summary>
/// HTTP mode: <c>POST /slack/events</c>, <c>POST /slack/commands</c> and <c>POST /slack/interactivity</c> (button clicks). Every request is checked against its v0
/// signature over the raw body (401 when missing, wrong or older than five minutes) before anything is parsed; a
/// url_verification is answered with its challenge; events and commands are queued and acknowledged at once, so the
/// reply always beats Slack's 3 s deadline. <c>ssl_check</c> posts carry no signature and get an empty 200.
/// </summary>
public sealed class SlackHttpReceiver(
    SlackEventRouter router,
    [FromKeyedServices(SlackEventRouter.Platform)] ChatInbox inbox,
    IOptions<SlackOptions> options,
    TimeProvider time)
{
    public const string EventsPath = "/slack/events";
    public const string CommandsPath = "/slack/commands";
    public const string InteractivityPath = "/slack/interactivity";
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public const string SignatureHeader = "X-Slack-Signature";
    public const string CommandAck = SlackCommandAck.LookingUp;

    private readonly SlackSignatureVerifier verifier = new(options.Value.SigningSecret, time);

    public SlackHttpResponse HandleEvents(string? timestamp, string? signature, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!verifier.IsValid(timestamp, signature, body))
        {
            return Reject(EventsPath, "bad or expired signature");
        }

        JsonObject? payload = ChatHttp.ParseObject(body);
        if (payload is null)
        {
            return SlackHttpResponse.Empty(400);
        }

        if ((string?)payload["type"] == "url_verification")
        {
            return new SlackHttpResponse(200, "application/json", new JsonObject { ["challenge"] = (string?)payload["challenge"] ?? string.Empty }.ToJsonString());
        }

        router.RouteEvent(payload);
        return SlackHttpResponse.Empty(200);
    }

    public SlackHttpResponse HandleCommand(string? timestamp, string? signature, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var fields = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body))
            .ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        if (fields.TryGetValue("ssl_check", out string? ssl) && ssl == "1")
        {
            return SlackHttpResponse.Empty(200);
        }

        if (!verifier.IsValid(timestamp, signature, body))
        {
            return Reject(CommandsPath, "bad or expired signature");
        }

        RouteResult result = router.RouteSlashCommand(fields);
        return new SlackHttpResponse(200, "application/json", SlackCommandAck.Payload(result).ToJsonString());
    }

    /// <summary>A click on a button: the form's <c>payload</c> field holds the JSON; the click is queued and acknowledged at once with an empty 200.</summary>
    public SlackHttpResponse HandleInteractivity(string? timestamp, string? signature, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!verifier.IsValid(timestamp, signature, body))
        {
            return Reject(InteractivityPath, "bad or expired signature");
        }

        var fields = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
        if (!fields.TryGetValue("payload", out var payload) || ChatHttp.ParseObject(Encoding.UTF8.GetBytes(payload.ToString())) is not { } interaction)
        {
            return SlackHttpResponse.Empty(400);
        }

        router.RouteInteraction(interaction);
        return SlackHttpResponse.Empty(200);
    }

    private SlackHttpResponse Reject(string path, string reason)
    {
        inbox.Reject(path, reason);
        return SlackHttpResponse.Empty(401);
    }
}
