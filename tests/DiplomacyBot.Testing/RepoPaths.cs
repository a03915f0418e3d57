namespace DiplomacyBot.Testing;

/// <summary>Locates the repository (the folder holding DiplomacyBot.sln) from the test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SampleArticles => Path.Combine(Root, "data", "articles");

    public static string SamplePath(string prefix) =>
        Directory.EnumerateFiles(SampleArticles, prefix + "_*.txt").Single();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DiplomacyBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DiplomacyBot.sln not found above " + AppContext.BaseDirectory);
    }
}
