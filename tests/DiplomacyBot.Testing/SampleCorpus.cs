namespace DiplomacyBot.Testing;

/// <summary>The bundled sample corpus in the repository (data/articles).</summary>
public static class SampleCorpus
{
    public static string Folder { get; } = RepoPaths.SampleArticles;

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
}
