using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Testing;

/// <summary>
/// A real HTTP server on 127.0.0.1 (a free port) serving whatever each test maps: pages, feeds, redirects, errors,
/// slow and huge responses. Every request is recorded with its conditional headers.
/// </summary>
public sealed class LocalWebServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Path, string? IfNoneMatch, string? IfModifiedSince)> requests = new();

    private LocalWebServer(WebApplication app) => this.app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<(string Path, string? IfNoneMatch, string? IfModifiedSince)> Requests => requests.ToList();

    public static async Task<LocalWebServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        var server = new LocalWebServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.BaseUrl = new Uri(app.Urls.First() + "/");
        return server;
    }

    public Uri Url(string path) => new(BaseUrl, path.TrimStart('/'));

    public int Hits(string path) => requests.Count(r => r.Path == path);

    public void Map(string path, Func<HttpContext, Task> handler) => routes[path] = handler;

    public void MapText(string path, string body, string contentType = "text/html; charset=utf-8", string? etag = null, string? lastModified = null) =>
        Map(path, async http =>
        {
            if (etag is not null)
            {
                http.Response.Headers.ETag = etag;
                if (http.Request.Headers.IfNoneMatch.ToString() == etag)
                {
                    http.Response.StatusCode = StatusCodes.Status304NotModified;
                    return;
                }
            }

            if (lastModified is not null)
            {
                http.Response.Headers.LastModified = lastModified;
                if (etag is null && http.Request.Headers.IfModifiedSince.ToString() == lastModified)
                {
                    http.Response.StatusCode = StatusCodes.Status304NotModified;
                    return;
                }
            }

            http.Response.ContentType = contentType;
            await http.Response.WriteAsync(body, http.RequestAborted);
        });

    public void MapStatus(string path, int status) => Map(path, http =>
    {
        http.Response.StatusCode = status;
        return Task.CompletedTask;
    });

    public void MapRedirect(string path, string target) => Map(path, http =>
    {
        http.Response.StatusCode = StatusCodes.Status302Found;
        http.Response.Headers.Location = target;
        return Task.CompletedTask;
    });

    private async Task HandleAsync(HttpContext http)
    {
        string path = http.Request.Path.Value ?? "/";
        string? inm = http.Request.Headers.IfNoneMatch.Count > 0 ? http.Request.Headers.IfNoneMatch.ToString() : null;
        string? ims = http.Request.Headers.IfModifiedSince.Count > 0 ? http.Request.Headers.IfModifiedSince.ToString() : null;
        requests.Enqueue((path, inm, ims));
        if (routes.TryGetValue(path, out var handler))
        {
            await handler(http);
        }
        else
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
