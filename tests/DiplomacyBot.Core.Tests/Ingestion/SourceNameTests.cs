using DiplomacyBot.Core.Ingestion;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Core.Tests.Ingestion;

/// <summary>Articles cite their file relative to the folder it was ingested from, never by an absolute path.</summary>
public sealed class SourceNameTests : IDisposable
{
    private readonly TempFolder _root = new();

    private string Write(string relative, string text)
    {
        string path = Path.Combine(_root.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void FilesInAFolder_AreNamedFromThatFolder()
    {
        Write(Path.Combine("corpus", "week1", "a.txt"), "Talks resume\n\nThe delegations met on Monday.");
        Write(Path.Combine("corpus", "wire.jsonl"), """{"title":"Talks","body":"The delegations met.","published":"2025-02-27"}""" + "\n");
        var reader = new ArticleSourceReader(new IngestOptions());

        var sources = reader.Read([Path.Combine(_root.Path, "corpus") + Path.DirectorySeparatorChar]).Select(i => i.Article!.Source).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["corpus/week1/a.txt", "corpus/wire.jsonl:1"], sources);
        Assert.All(sources, s => Assert.DoesNotContain(_root.Path, s, StringComparison.Ordinal));
    }

    [Fact]
    public void AFileGivenOnItsOwn_IsNamedByItsFileName()
    {
        string path = Write("b.txt", "Talks resume\n\nThe delegations met on Monday.");
        var reader = new ArticleSourceReader(new IngestOptions());

        Assert.Equal("b.txt", reader.Read([path]).Single().Article!.Source);
    }

    public void Dispose() => _root.Dispose();
}
