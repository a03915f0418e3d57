using DiplomacyBot.Core.Ingestion;
using DiplomacyBot.Feeds.Tests.Support;
using DiplomacyBot.Feeds.Watching;
using Microsoft.Extensions.Logging.Abstractions;

namespace DiplomacyBot.Feeds.Tests;

public sealed class FolderWatcherTests : IDisposable
{
    private const string Article = "Talks resume in Geneva\n\nGENEVA, Sept 28, 2025 (Reuters) - Negotiators met on Sunday for a third round of talks on the embassy dispute, officials said.\n\nThey agreed to meet again in the autumn.\n";

    private readonly TestBot bot = new();
    private readonly string folder;

    public FolderWatcherTests()
    {
        folder = Path.Combine(bot.Folder, "inbox");
        Directory.CreateDirectory(folder);
    }

    public void Dispose() => bot.Dispose();

    private FolderWatcher Watcher() =>
        new(folder, bot.Reader, bot.Gate, bot.Store, bot.Clock, TimeSpan.FromSeconds(2), NullLogger.Instance);

    [Fact]
    public async Task Scan_IngestsAFileOnlyOnceItHasStoppedChanging()
    {
        FolderWatcher watcher = Watcher();
        string path = Path.Combine(folder, "talks.txt");
        await File.WriteAllTextAsync(path, Article[..40]);

        Assert.Null(await watcher.ScanAsync(CancellationToken.None));
        await File.AppendAllTextAsync(path, Article[40..]);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(5));
        bot.Clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Null(await watcher.ScanAsync(CancellationToken.None));
        Assert.Equal(0, bot.Store.Count);

        bot.Clock.Advance(TimeSpan.FromSeconds(3));
        IngestReport? report = await watcher.ScanAsync(CancellationToken.None);

        Assert.Equal(1, report!.Ingested);
        Assert.Equal("Talks resume in Geneva", Assert.Single(bot.Store.All()).Title);
    }

    [Fact]
    public async Task Scan_AfterARestart_DoesNotIngestAgain_ButTakesChangedAndNewFiles()
    {
        string path = Path.Combine(folder, "talks.txt");
        await File.WriteAllTextAsync(path, Article);
        FolderWatcher first = Watcher();
        await first.ScanAsync(CancellationToken.None);
        bot.Clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(1, (await first.ScanAsync(CancellationToken.None))!.Ingested);

        FolderWatcher restarted = Watcher();
        Assert.Null(await restarted.ScanAsync(CancellationToken.None));
        bot.Clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Null(await restarted.ScanAsync(CancellationToken.None));

        await File.WriteAllTextAsync(path, Article.Replace("third", "fourth", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
        await File.WriteAllTextAsync(Path.Combine(folder, "page.html"), Pages.Article());
        await File.WriteAllTextAsync(Path.Combine(folder, "download.html.part"), Pages.Article());
        await File.WriteAllTextAsync(Path.Combine(folder, ".hidden.txt"), Article);
        await restarted.ScanAsync(CancellationToken.None);
        bot.Clock.Advance(TimeSpan.FromSeconds(3));
        IngestReport report = (await restarted.ScanAsync(CancellationToken.None))!;

        Assert.Equal((1, 1), (report.Ingested, report.Replaced));
        Assert.Equal(2, bot.Store.Count);
    }

    [Fact]
    public async Task Scan_ABadFile_IsReportedOnce_AndDoesNotStopTheOthers()
    {
        await File.WriteAllBytesAsync(Path.Combine(folder, "binary.txt"), [0, 1, 2, 3, 0, 0]);
        await File.WriteAllTextAsync(Path.Combine(folder, "talks.txt"), Article);
        FolderWatcher watcher = Watcher();
        await watcher.ScanAsync(CancellationToken.None);
        bot.Clock.Advance(TimeSpan.FromSeconds(3));

        IngestReport report = (await watcher.ScanAsync(CancellationToken.None))!;
        bot.Clock.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal((1, 1), (report.Ingested, report.Failed));
        Assert.EndsWith("binary.txt", report.Problems[0].Input, StringComparison.Ordinal);
        Assert.Null(await watcher.ScanAsync(CancellationToken.None));
    }
}
