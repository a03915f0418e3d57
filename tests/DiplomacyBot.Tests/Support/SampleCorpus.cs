namespace DiplomacyBot.Tests.Support;

/// <summary>The bundled sample corpus in the repository (data/articles).</summary>
public static class SampleCorpus
{
    public static string Folder { get; } = Path.Combine(FindRoot(), "data", "articles");

    public static string Root => Path.GetDirectoryName(Path.GetDirectoryName(Folder)!)!;

    public static IEnumerable<string> Files => Directory.EnumerateFiles(Folder, "*.txt").Order(StringComparer.Ordinal);

    public static void CopyTo(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (string file in Files)
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
    }

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
