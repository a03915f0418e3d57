using System.Text;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Ingestion;
using DiplomacyBot.Feeds.Tests.Support;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Feeds.Tests;

/// <summary><c>ingest URL</c> end to end against a local server: fetch, extract, parse and store.</summary>
public sealed class WebPageIngestorTests : IAsyncLifetime
{
    private readonly TestBot bot = new();
    private LocalWebServer server = null!;

    public async Task InitializeAsync() => server = await LocalWebServer.StartAsync();

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        bot.Dispose();
    }

    [Fact]
    public async Task IngestUrl_ThroughARedirectToBrokenHtml_StoresTheArticle_WithTheAskedUrlAsSource()
    {
        server.MapText("/2025/09/28/talks.html", "<html><head><title>Talks resume</title><body><p>GENEVA - Negotiators met on Sunday for a third round of talks on the embassy dispute, officials said.<p>They agreed to meet again in the autumn, a spokesman said <b>after<i> the session</div></table>");
        server.MapRedirect("/short/talks", "/2025/09/28/talks.html");

        IngestReport report = await bot.Pages.IngestUrlAsync(server.Url("/short/talks"), CancellationToken.None);

        Assert.Equal(1, report.Ingested);
        Article article = Assert.Single(bot.Store.All());
        Assert.Equal(server.Url("/short/talks").ToString(), article.Source);
        Assert.Equal(server.Url("/2025/09/28/talks.html").ToString(), article.Url);
        Assert.Equal((new DateOnly(2025, 9, 28), DateBasis.Url), (article.Published.Value, article.Published.Basis));
        Assert.Contains(article.Sentences, s => s.TextOf(article).StartsWith("GENEVA - Negotiators met on Sunday", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IngestUrl_HostilePage_IsStoredWithoutItsScripts()
    {
        var html = new StringBuilder("<html><head><title>Hostile</title></head><body>");
        for (int i = 0; i < 5000; i++)
        {
            html.Append("<span>");
        }

        html.Append("<script>alert('x')</script>").Append(Pages.Body).Append("<img src=x onerror=\"alert(1)\" alt=\"").Append('a', 100_000).Append("\">");
        server.MapText("/hostile", html.ToString());

        IngestReport report = await bot.Pages.IngestUrlAsync(server.Url("/hostile"), CancellationToken.None);

        Assert.Equal(1, report.Ingested);
        Article article = Assert.Single(bot.Store.All());
        Assert.Contains("third round of talks", article.OriginalText, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", article.OriginalText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestUrl_Failures_AreProblemsNamingTheUrl_AndStoreNothing()
    {
        server.MapText("/pdf", "%PDF-1.4", "application/pdf");

        IngestReport wrongType = await bot.Pages.IngestUrlAsync(server.Url("/pdf"), CancellationToken.None);
        IngestReport missing = await bot.Pages.IngestUrlAsync(server.Url("/nowhere"), CancellationToken.None);

        Assert.Equal($"{server.Url("/pdf")}: is application/pdf, not an HTML page", wrongType.Problems.Single().ToString());
        Assert.Equal($"{server.Url("/nowhere")}: HTTP 404 Not Found", missing.Problems.Single().ToString());
        Assert.Equal(0, bot.Store.Count);
    }
}
