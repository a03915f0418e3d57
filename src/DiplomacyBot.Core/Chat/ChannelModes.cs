using Microsoft.Extensions.Configuration;

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

    /// <summary>
    /// The failures of a platform's Channels section as configured: one per bad entry, naming its key; and one when the
    /// section is a single value rather than channel ids ("Slack:Channels=auto"), which would otherwise be ignored. No
    /// value is echoed.
    /// </summary>
    public static IEnumerable<string> Failures(IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var entries = section.GetChildren().ToList();
        if (entries.Count == 0 && !string.IsNullOrEmpty(section.Value))
        {
            return [$"{section.Path} must list channel ids, each set to mention or auto ({section.Path}:CHANNEL_ID)"];
        }

        return Failures(section.Path, entries.ToDictionary(e => e.Key, e => e.Value ?? string.Empty, StringComparer.Ordinal));
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
