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
