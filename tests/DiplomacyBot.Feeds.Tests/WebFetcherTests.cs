using System.Text;
using DiplomacyBot.Feeds.Tests.Support;
using DiplomacyBot.Feeds.Web;
using DiplomacyBot.Testing;
using Microsoft.AspNetCore.Http;

namespace DiplomacyBot.Feeds.Tests;

public sealed class WebFetcherTests : IAsyncLifetime
{
    private LocalWebServer server = null!;

    public async Task InitializeAsync() => server = await LocalWebServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    private static WebFetcher Fetcher(FeedsOptions? options = null) => WebFetcherFactory.Create(options ?? new FeedsOptions { TimeoutSeconds = 20 });

    [Fact]
    public async Task Fetch_FollowsRedirects_AndReportsTheFinalUrl()
    {
        server.MapText("/final", Pages.Article());
        server.MapRedirect("/moved", "/hop");
        server.MapRedirect("/hop", "/final");

        FetchResult result = await Fetcher().FetchAsync(server.Url("/moved"), FetchKind.Page);

        Assert.Equal(server.Url("/final"), result.FinalUrl);
        Assert.Contains("third round", Encoding.UTF8.GetString(result.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_RedirectLoop_FailsNamingTheUrl()
    {
        server.MapRedirect("/a", "/b");
        server.MapRedirect("/b", "/a");

        var error = await Assert.ThrowsAsync<FetchException>(() => Fetcher(new FeedsOptions { MaxRedirects = 3 }).FetchAsync(server.Url("/a"), FetchKind.Page));

        Assert.StartsWith(server.Url("/a").ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains("too many redirects", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_VeryLargePage_IsRefusedAtTheSizeLimit_WithOrWithoutContentLength()
    {
        string big = Pages.Article(body: string.Concat(Enumerable.Repeat(Pages.Body, 2000)));
        server.MapText("/big", big);
        server.Map("/streamed", async http =>
        {
            http.Response.ContentType = "text/html";
            for (int i = 0; i < 200; i++)
            {
                await http.Response.WriteAsync(new string('a', 16 * 1024), http.RequestAborted);
                await http.Response.Body.FlushAsync(http.RequestAborted);
            }
        });
        var fetcher = Fetcher(new FeedsOptions { MaxBytes = 256 * 1024, TimeoutSeconds = 20 });

        var declared = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.Url("/big"), FetchKind.Page));
        var streamed = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.Url("/streamed"), FetchKind.Page));

        Assert.Contains("limit (Feeds:MaxBytes)", declared.Message, StringComparison.Ordinal);
        Assert.Contains("/streamed: is over the 256 KB limit", streamed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_WrongContentTypes_AreRefused_ButAMislabelledFeedIsRead()
    {
        server.MapText("/image", "\u0089PNG....", "image/png");
        server.MapText("/json", "{\"a\":1}", "application/json");
        server.MapText("/feed-as-html", Pages.Rss("Mislabelled", ("1", "http://x.test/1", "One", "Sun, 28 Sep 2025 10:00:00 GMT", null)), "text/html");

        var image = await Assert.ThrowsAsync<FetchException>(() => Fetcher().FetchAsync(server.Url("/image"), FetchKind.Page));
        var json = await Assert.ThrowsAsync<FetchException>(() => Fetcher().FetchAsync(server.Url("/json"), FetchKind.Feed));
        FetchResult feed = await Fetcher().FetchAsync(server.Url("/feed-as-html"), FetchKind.Feed);
        var htmlPage = await Assert.ThrowsAsync<FetchException>(() => Fetcher().FetchAsync(server.Url("/image"), FetchKind.Feed));

        Assert.Contains("is image/png, not an HTML page", image.Message, StringComparison.Ordinal);
        Assert.Contains("is application/json, not an RSS or Atom feed", json.Message, StringComparison.Ordinal);
        Assert.NotEmpty(feed.Body);
        Assert.Contains("/image", htmlPage.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_HttpErrors_NameTheUrlAndStatus_AndKeepRetryAfter()
    {
        server.MapStatus("/gone", StatusCodes.Status404NotFound);
        server.Map("/busy", http =>
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.Headers.RetryAfter = "7200";
            return Task.CompletedTask;
        });

        var gone = await Assert.ThrowsAsync<FetchException>(() => Fetcher().FetchAsync(server.Url("/gone"), FetchKind.Page));
        var busy = await Assert.ThrowsAsync<FetchException>(() => Fetcher().FetchAsync(server.Url("/busy"), FetchKind.Feed));

        Assert.Equal($"{server.Url("/gone")}: HTTP 404 Not Found", gone.Message);
        Assert.Equal(TimeSpan.FromHours(2), busy.RetryAfter);
    }

    [Fact]
    public async Task Fetch_AServerThatNeverAnswers_TimesOut_NamingTheUrl()
    {
        server.Map("/slow", async http =>
        {
            await Task.Delay(Timeout.Infinite, http.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        });

        var error = await Assert.ThrowsAsync<FetchException>(() => Fetcher(new FeedsOptions { TimeoutSeconds = 1 }).FetchAsync(server.Url("/slow"), FetchKind.Page));

        Assert.Equal($"{server.Url("/slow")}: timed out after 1 s (Feeds:TimeoutSeconds)", error.Message);
    }

    [Fact]
    public async Task Fetch_SendsValidators_AndReportsNotModified()
    {
        server.MapText("/feed", Pages.Rss("Feed"), "application/rss+xml", etag: "\"v1\"", lastModified: "Sun, 28 Sep 2025 10:00:00 GMT");

        FetchResult first = await Fetcher().FetchAsync(server.Url("/feed"), FetchKind.Feed);
        FetchResult second = await Fetcher().FetchAsync(server.Url("/feed"), FetchKind.Feed, first.ETag, first.LastModified);

        Assert.False(first.NotModified);
        Assert.Equal("\"v1\"", first.ETag);
        Assert.True(second.NotModified);
        Assert.Equal(("\"v1\"", "Sun, 28 Sep 2025 10:00:00 GMT"), (server.Requests[^1].IfNoneMatch, server.Requests[^1].IfModifiedSince));
    }

    [Fact]
    public async Task Fetch_RefusesNonHttpUrls_AndHidesCredentialsInErrors()
    {
        await Assert.ThrowsAsync<FetchException>(() => Fetcher().FetchAsync(new Uri("file:///etc/passwd"), FetchKind.Page));
        var url = new Uri($"http://user:hunter2@127.0.0.1:{server.BaseUrl.Port}/nothing");

        var error = await Assert.ThrowsAsync<FetchException>(() => Fetcher().FetchAsync(url, FetchKind.Page));

        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
        Assert.Contains("/nothing: HTTP 404", error.Message, StringComparison.Ordinal);
    }
}
