using System.Text.Json;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Tests;

/// <summary><c>ingest URL</c>, <c>.html</c> files, <c>feeds</c> and near-duplicate groups in <c>sources</c>, through the real program against a local web server.</summary>
public sealed class FeedsCommandTests : IAsyncLifetime
{
    private const string Page = """
        <html><head><title>Talks resume | Example News</title>
        <meta property="og:site_name" content="Example News">
        <meta property="article:published_time" content="2025-09-28T09:00:00Z"></head>
        <body><nav>Home World Subscribe</nav><article><h1>Talks resume</h1>
        <p>GENEVA - Negotiators from both delegations met on Sunday for a third round of talks on the embassy dispute, officials said.</p>
        <p>The talks focused on visa procedures, the return of diplomatic property and the staffing of both missions in the coming months.</p>
        <p>A spokesman said the delegations agreed to meet again in the autumn and to exchange written proposals before then.</p>
        </article><footer>Copyright Example News</footer></body></html>
        """;

    private readonly TempFolder temp = new();
    private LocalWebServer server = null!;
    private string baseUrl = null!;

    private string Db => temp.File("bot.db");

    public async Task InitializeAsync()
    {
        server = await LocalWebServer.StartAsync();
        baseUrl = server.BaseUrl.ToString().TrimEnd('/');
        server.MapText("/talks", Page);
        server.MapText("/feed.xml",
            $"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><guid>t1</guid><link>{baseUrl}/talks</link><title>Talks resume</title><pubDate>Sun, 28 Sep 2025 10:00:00 GMT</pubDate></item></channel></rss>""",
            "application/rss+xml");
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        temp.Dispose();
    }

    private Task<BotRun> Run(params string[] args) => BotProcess.RunAsync(temp.Path, [.. args, "--db", Db]);

    private async Task<List<JsonElement>> Sources() =>
        JsonDocument.Parse((await Run("sources", "--json")).StdOut).RootElement.EnumerateArray().ToList();

    [Fact]
    public async Task IngestUrl_StoresThePageWithItsUrlAsSource_AndAFailingUrlIsNamed()
    {
        await File.WriteAllTextAsync(temp.File("saved.html"), Page.Replace("third round", "fourth round", StringComparison.Ordinal).Replace("Talks resume", "Talks go on", StringComparison.Ordinal));

        BotRun ok = await Run("ingest", $"{baseUrl}/talks", temp.File("saved.html"));
        BotRun missing = await Run("ingest", $"{baseUrl}/missing");

        Assert.Equal(0, ok.ExitCode);
        Assert.Contains("2 ingested", ok.StdOut, StringComparison.Ordinal);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains($"error: {baseUrl}/missing: HTTP 404 Not Found", missing.StdErr, StringComparison.Ordinal);
        JsonElement page = (await Sources()).Single(s => s.GetProperty("source").GetString() == $"{baseUrl}/talks");
        Assert.Equal(("Talks resume", "Example News", "2025-09-28", "metadata"),
            (page.GetProperty("title").GetString(), page.GetProperty("outlet").GetString(), page.GetProperty("published").GetString(), page.GetProperty("date_basis").GetString()));
    }

    [Fact]
    public async Task Feeds_AddListPollRemove()
    {
        BotRun add = await Run("feeds", "add", $"{baseUrl}/feed.xml");
        BotRun poll = await Run("feeds", "poll");
        BotRun list = await Run("feeds", "list", "--json");
        BotRun remove = await Run("feeds", "remove", $"{baseUrl}/feed.xml");
        BotRun bad = await Run("feeds", "add", $"{baseUrl}/talks");

        Assert.Equal(0, add.ExitCode);
        Assert.Contains("(Wire)", add.StdOut, StringComparison.Ordinal);
        Assert.Contains("1 new items, 1 ingested, 0 failed", poll.StdOut, StringComparison.Ordinal);
        JsonElement feed = JsonDocument.Parse(list.StdOut).RootElement.EnumerateArray().Single();
        Assert.Equal((1, 0), (feed.GetProperty("items_ingested").GetInt32(), feed.GetProperty("error_count").GetInt32()));
        Assert.Equal(0, remove.ExitCode);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains($"error: {baseUrl}/talks: is text/html", bad.StdErr, StringComparison.Ordinal);
        Assert.Single(await Sources());
    }

    [Fact]
    public async Task Sources_ShowsANearDuplicateGroup()
    {
        string story = "Istanbul hosts third round of embassy talks\n\nISTANBUL, Oct 2, 2025 (Reuters) - Russian and American diplomats held a third round of talks on the operation of their embassies in Istanbul on Thursday, the Russian foreign ministry said.\n\n" +
            "The talks covered visas for diplomats, the return of seized diplomatic property and the banking services embassies need to pay their staff.\n\n" +
            "A ministry spokeswoman said the delegations agreed to continue the dialogue and to exchange written proposals on banking before the next meeting.\n";
        await File.WriteAllTextAsync(temp.File("wire.txt"), story);
        await File.WriteAllTextAsync(temp.File("zcopy.txt"), story.Replace("ISTANBUL, Oct 2, 2025 (Reuters) -", "ISTANBUL, Oct 2, 2025 (Reuters via MENAFN) -", StringComparison.Ordinal));

        BotRun ingest = await Run("ingest", temp.File("wire.txt"), temp.File("zcopy.txt"));
        BotRun text = await Run("sources");

        Assert.Contains("near-duplicate: 'zcopy' is a near-duplicate of 'wire'", ingest.StdErr, StringComparison.Ordinal);
        var sources = await Sources();
        Assert.Equal("wire", sources.Single(s => s.GetProperty("id").GetString() == "zcopy").GetProperty("duplicate_of").GetString());
        Assert.Equal(["zcopy"], sources.Single(s => s.GetProperty("id").GetString() == "wire").GetProperty("copies").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("near-duplicate of wire", text.StdOut, StringComparison.Ordinal);
    }
}
