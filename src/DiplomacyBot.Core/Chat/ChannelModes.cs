namespace DiplomacyBot.Core.Chat;

/// <summary>
/// A platform's per-channel modes as configured (<c>Slack:Channels</c>, <c>Discord:Channels</c>: channel id -> "mention"
/// or "auto"). A channel not listed is a mention channel.
/// </summary>
public static class ChannelModes
{
    public static ChannelMode Of(IDictionary<string, string>? configured, string channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return configured is not null && configured.TryGetValue(channel, out string? value) && TryParse(value, out ChannelMode mode) ? mode : ChannelMode.Mention;
    }

    public static bool TryParse(string? value, out ChannelMode mode)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case "mention":
                mode = ChannelMode.Mention;
                return true;
            case "auto":
                mode = ChannelMode.Auto;
                return true;
            default:
                mode = ChannelMode.Mention;
                return false;
        }
    }

    /// <summary>One failure per bad entry, naming its key (<paramref name="key"/> is "Slack:Channels"); no value is echoed.</summary>
    public static IEnumerable<string> Failures(string key, IDictionary<string, string>? configured)
    {
        foreach ((string channel, string value) in configured ?? new Dictionary<string, string>())
        {
            if (!TryParse(value, out _))
            {
                yield return $"{key}:{channel} must be mention or auto";
            }
        }
    }
}
