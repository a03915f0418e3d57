using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyBot.Discord;

/// <summary>
/// <c>POST /discord/interactions</c>: the Ed25519 signature over timestamp + raw body is checked before anything is
/// parsed (401 when it is missing or wrong), then the interaction is answered in the HTTP response: PONG for PING, a
/// deferral for <c>/diplo</c>, choices for autocomplete.
/// </summary>
public sealed class DiscordHttpInteractions(
    DiscordInteractions interactions,
    [FromKeyedServices(DiscordEventRouter.Platform)] ChatInbox inbox,
    IOptions<DiscordOptions> options)
{
    public const string Path = "/discord/interactions";
    public const string SignatureHeader = "X-Signature-Ed25519";
    public const string TimestampHeader = "X-Signature-Timestamp";

    private readonly DiscordSignatureVerifier verifier = new(options.Value.PublicKey);

    /// <summary>The status, the JSON body (when any) and the outcome whose question is queued once the response has gone out.</summary>
    public (int Status, string? Json, DiscordInteractions.Outcome? Outcome) Handle(string? timestamp, string? signature, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!verifier.IsValid(timestamp, signature, body))
        {
            inbox.Reject(Path, "bad or missing signature");
            return (401, null, null);
        }

        JsonObject? interaction = ChatHttp.ParseObject(body);
        if (interaction is null)
        {
            return (400, null, null);
        }

        DiscordInteractions.Outcome outcome = interactions.Handle(interaction);
        return (200, outcome.Response.ToJsonString(), outcome);
    }
}
