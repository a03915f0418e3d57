using System.Globalization;
using DiplomacyBot.Core.Ingestion;
using DiplomacyBot.Core.Storage;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Feeds.Watching;

/// <summary>
/// Ingests the files dropped into a folder. A scan notes each readable file's size and time stamp; a file is ingested
/// when a later scan, at least the settle time on, finds both unchanged and the file can be opened without sharing
/// (the writer has closed it). What was ingested is recorded in the store by path, size and time stamp, so a restart
/// ingests only new or changed files. Temporary and hidden files (".part", ".tmp", "~x", ".x") are ignored.
/// </summary>
public sealed partial class FolderWatcher(string folder, ArticleSourceReader reader, IngestGate gate, IBotStateStore state, TimeProvider time, TimeSpan settle, ILogger logger)
{
    public const string StatePrefix = "watch:";

    private static readonly string[] TemporaryExtensions = [".part", ".tmp", ".partial", ".crdownload", ".swp"];

    private readonly Dictionary<string, (long Length, long Ticks, DateTimeOffset Since)> pending = new(StringComparer.Ordinal);

    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>One scan: returns the report of the ingest it ran, or null when no file was ready.</summary>
    public async Task<IngestReport?> ScanAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Folder))
        {
            return null;
        }

        DateTimeOffset now = time.GetUtcNow();
        IReadOnlyDictionary<string, string> done = state.StateWithPrefix(StatePrefix);
        var ready = new List<(string Path, string Stamp)>();
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (string path in Files())
        {
            present.Add(path);
            FileInfo info;
            try
            {
                info = new FileInfo(path);
                if (!info.Exists)
                {
                    continue;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            long ticks = info.LastWriteTimeUtc.Ticks;
            string stamp = string.Create(CultureInfo.InvariantCulture, $"{info.Length}:{ticks}");
            if (done.TryGetValue(StatePrefix + path, out string? recorded) && recorded == stamp)
            {
                pending.Remove(path);
                continue;
            }

            if (pending.TryGetValue(path, out var seen) && seen.Length == info.Length && seen.Ticks == ticks)
            {
                if (now - seen.Since >= settle && IsClosed(path))
                {
                    ready.Add((path, stamp));
                }
            }
            else
            {
                pending[path] = (info.Length, ticks, now);
            }
        }

        foreach (string gone in pending.Keys.Where(p => !present.Contains(p)).ToList())
        {
            pending.Remove(gone);
        }

        if (ready.Count == 0)
        {
            return null;
        }

        IngestReport report = await gate.IngestPathsAsync(ready.Select(r => r.Path).ToList(), cancellationToken).ConfigureAwait(false);
        foreach (var (path, stamp) in ready)
        {
            // A file that failed is recorded too: it is tried again only when it changes.
            state.SetState(StatePrefix + path, stamp);
            pending.Remove(path);
        }

        foreach (IngestProblem problem in report.Problems)
        {
            FileFailed(logger, problem.ToString());
        }

        Ingested(logger, Folder, ready.Count, report.Summary());
        return report;
    }

    private IEnumerable<string> Files()
    {
        IEnumerable<string> files;
        try
        {
            files = Directory.EnumerateFiles(Folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden });
            return files.Where(f => reader.Reads(f) && !IsTemporary(f)).Select(Path.GetFullPath).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static bool IsTemporary(string path)
    {
        string name = Path.GetFileName(path);
        return name.StartsWith('.') || name.StartsWith('~') || TemporaryExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether no one has the file open for writing (on Unix, where locks are advisory, this always holds).</summary>
    private static bool IsClosed(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watched folder {Folder}: {Files} files ingested ({Summary})")]
    private static partial void Ingested(ILogger logger, string folder, int files, string summary);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Watched folder: {Problem}")]
    private static partial void FileFailed(ILogger logger, string problem);
}
