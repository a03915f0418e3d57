namespace DiplomacyBot.Discord;

/// <summary>Start-up checks (run by <see cref="ChatOptionsValidator{TOptions}"/>): every bad or missing key is named by its configuration path, and no value of a secret is echoed.</summary>
public static class DiscordOptionsValidator
{
    /// <summary>What is wrong with the section; only an enabled adapter's section is checked at all.</summary>
    public static IEnumerable<string> Failures(DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.BotToken))
        {
            yield return "Discord:BotToken is required when Discord:Enabled is true";
        }
        else if (options.BotToken.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase) || options.BotToken.Any(char.IsWhiteSpace))
        {
            yield return "Discord:BotToken must be the token alone (no \"Bot \" prefix, no spaces)";
        }

        if (string.IsNullOrWhiteSpace(options.ApplicationId))
        {
            yield return "Discord:ApplicationId is required when Discord:Enabled is true";
        }
        else if (!IsSnowflake(options.ApplicationId))
        {
            yield return "Discord:ApplicationId must be the application's numeric id";
        }

        if (string.IsNullOrWhiteSpace(options.PublicKey))
        {
            if (!options.Gateway)
            {
                yield return "Discord:PublicKey is required when Discord:Gateway is false (interactions then arrive over HTTP)";
            }
        }
        else if (!DiscordSignatureVerifier.IsPublicKeyHex(options.PublicKey))
        {
            yield return "Discord:PublicKey must be the application's public key: 64 hex digits";
        }

        for (int i = 0; i < options.GuildIds.Count; i++)
        {
            if (!IsSnowflake(options.GuildIds[i]))
            {
                yield return $"Discord:GuildIds:{i} must be a numeric guild id";
            }
        }

        if (!ChatHttp.IsAbsoluteUrl(options.ApiBaseUrl, Uri.UriSchemeHttps, Uri.UriSchemeHttp))
        {
            yield return $"Discord:ApiBaseUrl must be an absolute http(s) URL such as {DiscordOptions.DefaultApiBaseUrl}";
        }

        if (options.GatewayUrl.Length > 0
            && !ChatHttp.IsAbsoluteUrl(options.GatewayUrl, Uri.UriSchemeWss, Uri.UriSchemeWs))
        {
            yield return "Discord:GatewayUrl must be empty (ask Discord) or an absolute ws(s) URL such as wss://gateway.discord.gg";
        }
    }

    public static bool IsSnowflake(string? value) =>
        value is { Length: > 0 and <= 20 } && value.All(char.IsAsciiDigit) && ulong.TryParse(value, out _);
}
