using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Chat;
using DiplomacyBot.Feeds.Admin;
using DiplomacyBot.Feeds.Tests.Support;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Feeds.Tests;

public sealed class AdminCommandTests : IAsyncLifetime
{
    private readonly TestBot bot = new();
    private LocalWebServer server = null!;
    private ChatEngine engine = null!;

    public async Task InitializeAsync()
    {
        server = await LocalWebServer.StartAsync();
        server.MapText("/story", Pages.Article(head: "<meta property=\"article:published_time\" content=\"2025-09-28\">"));
        server.MapText("/feed.xml", Pages.Rss("Wire"), "application/rss+xml");
        var admin = new AdminCommands(bot.Pages, bot.Poller, bot.Gate, bot.Store, bot.Index, bot.Parser, bot.Ingest);
        var answerer = new ExtractiveAnswerer(bot.Store, bot.Index, new QuestionAnalyzer(), new AnswerOptions());
        engine = new ChatEngine(answerer, bot.Store, null, admin, new AdminOptions { Users = ["slack:UADMIN"], Channels = ["COPS"] });
    }

    public async Task DisposeAsync()
    {
        engine.Dispose();
        await server.DisposeAsync();
        bot.Dispose();
    }

    private Task<ChatReply> Say(string text, string user = "UADMIN", string channel = "CGENERAL") =>
        engine.HandleAsync(new IncomingQuestion("slack", "T1", channel, null, user, text, DateTimeOffset.UnixEpoch), CancellationToken.None);

    [Fact]
    public async Task AdminCommands_FromAnyoneNotListed_AreRefused_AndTouchNothing()
    {
        ChatReply ingest = await Say($"ingest {server.Url("/story")}", user: "USOMEONE");
        ChatReply feeds = await Say($"feeds add {server.Url("/feed.xml")}", user: "USOMEONE");
        ChatReply reindex = await Say("reindex", user: "USOMEONE");

        Assert.All([ingest, feeds, reindex], r => Assert.Equal(ChatEngine.NotAllowed, r.Lead));
        Assert.Equal(0, bot.Store.Count);
        Assert.Empty(bot.Store.Feeds());
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Ingest_FromAnAdmin_FetchesAndStoresThePage_WithTheUrlAsSource()
    {
        ChatReply reply = await Say($"ingest {server.Url("/story")}");

        Assert.StartsWith($"Ingested {server.Url("/story")}", reply.Lead, StringComparison.Ordinal);
        var article = Assert.Single(bot.Store.All());
        Assert.Equal(server.Url("/story").ToString(), article.Source);
        Assert.Equal(new DateOnly(2025, 9, 28), article.Published.Value);

        ChatReply again = await Say($"ingest {server.Url("/story")}", user: "UOTHER", channel: "COPS");
        Assert.StartsWith("Already stored, unchanged:", again.Lead, StringComparison.Ordinal);

        ChatReply missing = await Say($"ingest {server.Url("/missing")}");
        Assert.Equal($"Could not ingest {server.Url("/missing")}: HTTP 404 Not Found.", missing.Lead);
        Assert.Equal(1, bot.Store.Count);
    }

    [Fact]
    public async Task Feeds_AddListRemove_FromAnAdminChannel()
    {
        ChatReply added = await Say($"feeds add {server.Url("/feed.xml")}", user: "UOTHER", channel: "COPS");
        ChatReply listed = await Say("feeds list", user: "UOTHER", channel: "COPS");
        ChatReply removed = await Say($"feeds remove {server.Url("/feed.xml")}", user: "UOTHER", channel: "COPS");
        ChatReply usage = await Say("feeds add", user: "UOTHER", channel: "COPS");

        Assert.Equal($"Subscribed to {server.Url("/feed.xml")} (Wire); it is polled from now on.", added.Lead);
        Assert.Equal("1 subscribed feed:", listed.Lead);
        Assert.StartsWith($"Wire · {server.Url("/feed.xml")}", Assert.Single(listed.Items).Heading, StringComparison.Ordinal);
        Assert.Equal($"Unsubscribed from {server.Url("/feed.xml")}.", removed.Lead);
        Assert.Equal(AdminCommands.FeedsUsage, usage.Lead);
        Assert.Empty(bot.Store.Feeds());
    }

    [Fact]
    public async Task Reindex_FromAnAdmin_RebuildsTheIndex()
    {
        await Say($"ingest {server.Url("/story")}");

        ChatReply reply = await Say("reindex");

        Assert.StartsWith("Reindexed 1 articles in ", reply.Lead, StringComparison.Ordinal);
        Assert.Equal(bot.Store.Generation, bot.Index.Generation);
    }

    [Theory]
    [InlineData("ingest https://x.test/a", ChatCommandKind.Ingest, "https://x.test/a")]
    [InlineData("feeds", ChatCommandKind.Feeds, "")]
    [InlineData("feeds add https://x.test/rss", ChatCommandKind.Feeds, "add https://x.test/rss")]
    [InlineData("reindex", ChatCommandKind.Reindex, "")]
    [InlineData("feeds of the talks?", ChatCommandKind.Ask, "feeds of the talks?")]
    [InlineData("ingest what the ministers said?", ChatCommandKind.Ask, "ingest what the ministers said?")]
    public void Parse_ReadsAdminCommands(string text, ChatCommandKind kind, string argument)
    {
        ChatCommand command = ChatCommand.Parse(text);
        Assert.Equal((kind, argument), (command.Kind, command.Argument));
    }
}
