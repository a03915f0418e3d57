namespace DiplomacyBot.Hosting;

/// <summary>Gives memory that is no longer used back to the system after a large piece of work (an embedding run).</summary>
public static class FreedMemory
{
    /// <summary>
    /// Collects and compacts the managed heap, and hands the native heap's free pages back to the system (glibc's
    /// malloc_trim: the model runtime's freed buffers otherwise stay resident).
    /// </summary>
    public static void Release()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        if (OperatingSystem.IsLinux())
        {
            try
            {
                _ = NativeMethods.MallocTrim(0);
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                // Not glibc: nothing to trim this way.
            }
        }
    }

    private static class NativeMethods
    {
        [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "malloc_trim")]
        [System.Runtime.InteropServices.DefaultDllImportSearchPaths(System.Runtime.InteropServices.DllImportSearchPath.SafeDirectories)]
        internal static extern int MallocTrim(nuint pad);
    }
}
