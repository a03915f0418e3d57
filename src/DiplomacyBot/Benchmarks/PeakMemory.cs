using System.Globalization;

namespace DiplomacyBot.Benchmarks;

/// <summary>
/// This process's peak resident set size (VmHWM on Linux), which can be reset between phases so each phase reports
/// its own peak. Elsewhere the current working set's peak is used and cannot be reset.
/// </summary>
public static class PeakMemory
{
    private const string Status = "/proc/self/status";
    private const string ClearRefs = "/proc/self/clear_refs";
    private const string Rollup = "/proc/self/smaps_rollup";

    public static double Megabytes()
    {
        if (File.Exists(Status))
        {
            foreach (string line in File.ReadLines(Status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    string kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kilobytes, CultureInfo.InvariantCulture) / 1024.0;
                }
            }
        }

        return System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
    }

    /// <summary>
    /// Where resident memory is now: anonymous (mostly the managed heap) and file-backed (memory-mapped index files),
    /// beside the managed heap's own size and what the runtime has committed for it.
    /// </summary>
    public static string Describe()
    {
        GCMemoryInfo gc = GC.GetGCMemoryInfo();
        string managed = $"managed heap {Mb(gc.HeapSizeBytes):F0} MB (committed {Mb(gc.TotalCommittedBytes):F0} MB)";
        if (!File.Exists(Rollup))
        {
            return managed;
        }

        var kilobytes = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(Rollup))
        {
            string[] parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2 && parts[0].EndsWith(':') && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out long value))
            {
                kilobytes[parts[0].TrimEnd(':')] = value;
            }
        }

        long rss = kilobytes.GetValueOrDefault("Rss");
        long anonymous = kilobytes.GetValueOrDefault("Anonymous");
        return $"RSS {rss / 1024.0:F0} MB (anonymous {anonymous / 1024.0:F0}, file-backed {(rss - anonymous) / 1024.0:F0}), {managed}";
    }

    private static double Mb(long bytes) => bytes / (1024.0 * 1024.0);

    /// <summary>Starts a new peak from the current resident size; false where the system does not allow it.</summary>
    public static bool Reset()
    {
        try
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            File.WriteAllText(ClearRefs, "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
