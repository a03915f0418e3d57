using Cronos;
using DiplomacyBot.Core;

namespace DiplomacyBot.Feeds.Digest;

/// <summary>Configuration section "Digest": a scheduled post of what is new, per channel.</summary>
public sealed class DigestOptions
{
    public const string Section = "Digest";

    public bool Enabled { get; set; }

    /// <summary>A cron expression (five fields, Cronos syntax) for when digests are posted. Default: daily at 08:00.</summary>
    public string Schedule { get; set; } = "0 8 * * *";

    /// <summary>The time zone the schedule is read in (an IANA or Windows id).</summary>
    public string TimeZone { get; set; } = "UTC";

    public List<DigestChannel> Channels { get; set; } = [];

    /// <summary>Articles listed in one digest (the newest first); the rest are counted.</summary>
    public int MaxArticles { get; set; } = 15;

    /// <summary>Events listed in one digest; the rest are counted.</summary>
    public int MaxEvents { get; set; } = 10;

    /// <summary>Post even when nothing is new ("No new articles or events since ...").</summary>
    public bool PostWhenEmpty { get; set; }

    public CronExpression Cron() => CronExpression.Parse(Schedule, CronFormat.Standard);

    public TimeZoneInfo Zone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public IEnumerable<string> Failures()
    {
        if (!Enabled)
        {
            yield break;
        }

        string? schedule = null;
        try
        {
            Cron();
        }
        catch (CronFormatException ex)
        {
            schedule = $"Digest:Schedule '{Schedule}' is not a cron expression ({ex.Message.TrimEnd('.')}); e.g. \"0 8 * * *\" for 08:00 daily";
        }

        if (schedule is not null)
        {
            yield return schedule;
        }

        string? zone = null;
        try
        {
            Zone();
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            zone = $"Digest:TimeZone '{TimeZone}' is not a known time zone (e.g. UTC, Europe/Berlin)";
        }

        if (zone is not null)
        {
            yield return zone;
        }

        if (Channels.Count == 0)
        {
            yield return "Digest:Channels must list at least one {\"Platform\": \"slack\", \"Channel\": \"C0123\"} when Digest:Enabled is true";
        }

        for (int i = 0; i < Channels.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Channels[i].Platform))
            {
                yield return $"Digest:Channels:{i}:Platform is required (e.g. slack)";
            }

            if (string.IsNullOrWhiteSpace(Channels[i].Channel))
            {
                yield return $"Digest:Channels:{i}:Channel is required (the channel id)";
            }
        }

        foreach (string failure in SettingRanges.Failures(("Digest:MaxArticles", MaxArticles, 1, 100), ("Digest:MaxEvents", MaxEvents, 0, 100)))
        {
            yield return failure;
        }
    }
}
