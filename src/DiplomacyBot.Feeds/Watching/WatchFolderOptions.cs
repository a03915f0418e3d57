using DiplomacyBot.Core;

namespace DiplomacyBot.Feeds.Watching;

/// <summary>The watched folder's keys in configuration section "Corpus".</summary>
public sealed class WatchFolderOptions
{
    public const string Section = "Corpus";

    /// <summary>A folder whose files (.txt, .jsonl, .ndjson, .html, .htm, in subfolders too) are ingested when dropped in; empty = none.</summary>
    public string WatchFolder { get; set; } = string.Empty;

    /// <summary>A file is ingested once its size and time stamp have not changed for this long.</summary>
    public double WatchSettleSeconds { get; set; } = 2;

    /// <summary>Seconds between scans of the folder (file-system events also start one).</summary>
    public double WatchScanSeconds { get; set; } = 5;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(WatchFolder);

    public IEnumerable<string> Failures() => SettingRanges.Failures(
        ("Corpus:WatchSettleSeconds", WatchSettleSeconds, 0, 3600),
        ("Corpus:WatchScanSeconds", WatchScanSeconds, 0.1, 3600));
}
