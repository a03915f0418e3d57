namespace DiplomacyBot.Testing;

/// <summary>
/// The store the real program makes on its first run: the bundled sample corpus ingested, indexed and embedded. It is
/// made once per test run and copied into each test's own folder, so every test starts from the same fresh store
/// without paying again for the seeding and the sentence vectors. Tests of the first run itself use an empty folder.
/// </summary>
public static class SeededStore
{
    /// <summary>The store's file name; the search index and vector files sit beside it under names that start with it.</summary>
    public const string FileName = "bot.db";

    private static readonly Lazy<Task<string>> Seeded = new(SeedAsync);

    /// <summary>Copies the seeded store and the files beside it into <paramref name="folder"/>; returns the store's path there.</summary>
    public static async Task<string> CopyToAsync(string folder)
    {
        string source = await Seeded.Value;
        foreach (string file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(folder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return Path.Combine(folder, FileName);
    }

    private static async Task<string> SeedAsync()
    {
        var folder = new TempFolder();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => folder.Dispose();
        string store = Directory.CreateDirectory(folder.File("store")).FullName;
        BotRun run = await BotProcess.RunAsync(folder.Path, ["sources", "--db", Path.Combine(store, FileName)]);
        if (run.ExitCode != 0 || !run.StdErr.Contains("sample corpus", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"the first run did not seed the sample corpus (exit {run.ExitCode}): {run.StdErr}");
        }

        return store;
    }
}
