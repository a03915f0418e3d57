using System.Diagnostics;
using System.Text.Json;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Search;
using DiplomacyBot.Storage;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Tests;

public sealed class CrashRecoveryTests : IDisposable
{
    private const int Records = 30_000;
    private readonly TempFolder _temp = new();

    private static string Body(int i) =>
        $"Delegation {i} met in city {i % 97} on Thursday. The talks lasted {i % 11 + 1} hours and covered visas, banking and flights. " +
        $"Officials said round {i} would be followed by another next month.";

    [Fact]
    [Trait("Category", "Slow")]
    public async Task KillNineDuringIngest_LeavesWholeArticlesOnly_AndTheIndexCatchesUp()
    {
        string feed = _temp.File("feed.jsonl");
        await File.WriteAllLinesAsync(feed, Enumerable.Range(0, Records).Select(i => JsonSerializer.Serialize(new
        {
            id = $"rec-{i:D6}",
            title = $"Round {i} of talks",
            published = "2025-04-01",
            body = Body(i),
        })));
        string db = _temp.File("bot.db");

        using (var process = Process.Start(BotProcess.StartInfo(_temp.Path, null, "ingest", feed, "--db", db))!)
        {
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            // Kill once the store files have grown well past what opening them writes: batches are being stored.
            var watch = Stopwatch.StartNew();
            while (StoreBytes() < 256 * 1024 && !process.HasExited && watch.Elapsed < TimeSpan.FromSeconds(120))
            {
                await Task.Delay(20);
            }

            Assert.False(process.HasExited, "the ingest finished before it could be killed; make the feed larger");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        int stored;
        using (var store = new LiteDbArticleStore(db))
        {
            stored = store.Count;
            foreach (Article article in store.All())
            {
                int i = int.Parse(article.Id["rec-".Length..]);
                Assert.Equal(Body(i), article.OriginalText);
                Assert.Equal(3, article.Sentences.Count);
                Assert.All(article.Sentences, s => Assert.True(s.End <= article.OriginalText.Length && s.Start < s.End));
            }
        }

        Assert.InRange(stored, 0, Records - 1);

        BotRun ask = await BotProcess.RunAsync(_temp.Path, ["ask", "--json", "How many hours did the talks last?", "--db", db]);
        Assert.Equal(0, ask.ExitCode);
        using (var store = new LiteDbArticleStore(db))
        using (var index = new LuceneSentenceIndex(LuceneSentenceIndex.PathFor(db)))
        {
            Assert.Equal(store.Generation, index.Generation);
        }

        // Storing and indexing are what the kill interrupted; embedding the rest (its own crash-safe stage) is left out.
        BotRun resume = await BotProcess.RunAsync(_temp.Path, ["ingest", "--no-embed", feed, "--db", db]);
        Assert.Equal(0, resume.ExitCode);
        Assert.Contains($"{Records - stored} ingested, 0 replaced, {stored} unchanged", resume.StdOut, StringComparison.Ordinal);
    }

    /// <summary>The size of the store's files (the database and its log), not counting the search index folder.</summary>
    private long StoreBytes() => Directory.EnumerateFiles(_temp.Path, "bot*").Sum(f => new FileInfo(f).Length);

    public void Dispose() => _temp.Dispose();
}
