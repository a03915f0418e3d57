namespace DiplomacyBot.Discord;

/// <summary>Configuration section "Discord". The bot token is a secret: never logged, never in an error.</summary>
public sealed class DiscordOptions : IChatOptions
{
    public const string Section = "Discord";
    public const string DefaultApiBaseUrl = "https://discord.com/api/v10/";

    public bool Enabled { get; set; }

    /// <summary>The bot token from the developer portal (without the "Bot " prefix).</summary>
    public string BotToken { get; set; } = string.Empty;

    /// <summary>The application's id (a snowflake): commands are registered and interactions answered under it.</summary>
    public string ApplicationId { get; set; } = string.Empty;

    /// <summary>The application's Ed25519 public key (64 hex digits), for the HTTP interactions endpoint.</summary>
    public string PublicKey { get; set; } = string.Empty;

    /// <summary>Connect to the gateway (mentions, direct messages and interactions over a WebSocket); false = HTTP interactions only.</summary>
    public bool Gateway { get; set; } = true;

    /// <summary>Guilds to register the slash commands in (they appear at once); empty = global commands.</summary>
    public IList<string> GuildIds { get; set; } = [];

    /// <summary>
    /// When the bot speaks, per channel id: "mention" (the default: when mentioned) or "auto" (to every message that
    /// reads as a question). Replies to the bot's answers are follow-ups in either.
    /// </summary>
    public IDictionary<string, string> Channels { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>The gateway's WebSocket URL; empty = ask <c>GET /gateway/bot</c> (and cache the answer).</summary>
    public string GatewayUrl { get; set; } = string.Empty;

    /// <summary>Never prints the token: only whether it is set.</summary>
    public override string ToString() =>
        $"Discord(Enabled={Enabled}, BotToken={(string.IsNullOrEmpty(BotToken) ? "<empty>" : "<set>")}, ApplicationId={ApplicationId}, " +
        $"PublicKey={(string.IsNullOrEmpty(PublicKey) ? "<empty>" : "<set>")}, Gateway={Gateway}, GuildIds={GuildIds.Count}, ApiBaseUrl={ApiBaseUrl}, GatewayUrl={GatewayUrl})";
}
