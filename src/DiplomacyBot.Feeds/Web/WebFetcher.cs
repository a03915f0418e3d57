using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace DiplomacyBot.Feeds.Web;

/// <summary>
/// Fetches pages and feeds over HTTP(S): redirects followed up to a limit, a time limit and a size limit on every
/// response, conditional GET with ETag / Last-Modified, and content types checked against what was asked for. Every
/// failure is a <see cref="FetchException"/> whose message names the URL.
/// </summary>
public sealed class WebFetcher(HttpClient http, IOptions<FeedsOptions> options, TimeProvider? time = null)
{
    private static readonly string[] PageTypes = ["text/html", "application/xhtml+xml"];
    private static readonly string[] FeedTypes =
        ["application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml", "application/x-rss+xml"];

    public async Task<FetchResult> FetchAsync(Uri url, FetchKind kind, string? etag = null, string? lastModified = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        FeedsOptions o = options.Value;
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new FetchException(url, "is not an http(s) URL");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(o.Timeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", o.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", kind == FetchKind.Page
            ? "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
            : "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1");
        if (!string.IsNullOrEmpty(etag))
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (!string.IsNullOrEmpty(lastModified))
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }

        try
        {
            using HttpResponseMessage response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            Uri final = response.RequestMessage?.RequestUri ?? url;
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new FetchResult(url, final, true, [], null, null, Header(response, "ETag") ?? etag, Header(response, "Last-Modified") ?? lastModified);
            }

            int status = (int)response.StatusCode;
            if (status is >= 300 and < 400)
            {
                throw new FetchException(url, status is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is not null
                    ? $"too many redirects (more than {o.MaxRedirects}, Feeds:MaxRedirects) or a redirect to a scheme other than http(s)"
                    : $"HTTP {status} {response.ReasonPhrase}");
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new FetchException(url, $"HTTP {status} {response.ReasonPhrase}", RetryAfter(response));
            }

            MediaTypeHeaderValue? type = response.Content.Headers.ContentType;
            if (response.Content.Headers.ContentLength is { } length && length > o.MaxBytes)
            {
                throw new FetchException(url, $"is {Core.Ingestion.ArticleSourceReader.FormatSize(length)}, over the {Core.Ingestion.ArticleSourceReader.FormatSize(o.MaxBytes)} limit (Feeds:MaxBytes)");
            }

            byte[] body = await ReadLimitedAsync(response, url, o.MaxBytes, timeout.Token).ConfigureAwait(false);
            CheckContentType(url, kind, type?.MediaType, body);
            return new FetchResult(url, final, false, body, type?.MediaType, type?.CharSet, Header(response, "ETag"), Header(response, "Last-Modified"));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FetchException(url, $"timed out after {o.TimeoutSeconds:0.#} s (Feeds:TimeoutSeconds)");
        }
        catch (HttpRequestException ex)
        {
            throw new FetchException(url, $"could not be fetched ({ex.HttpRequestError}: {ex.Message})");
        }
    }

    private static async Task<byte[]> ReadLimitedAsync(HttpResponseMessage response, Uri url, long maxBytes, CancellationToken cancellationToken)
    {
        Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            byte[] chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw new FetchException(url, $"is over the {Core.Ingestion.ArticleSourceReader.FormatSize(maxBytes)} limit (Feeds:MaxBytes)");
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }

    private static void CheckContentType(Uri url, FetchKind kind, string? mediaType, byte[] body)
    {
        string type = (mediaType ?? string.Empty).ToLowerInvariant();
        if (kind == FetchKind.Page)
        {
            if (PageTypes.Contains(type) || (type.Length == 0 && LooksLike(body, "<")))
            {
                return;
            }

            throw new FetchException(url, $"is {(type.Length == 0 ? "of no declared type" : type)}, not an HTML page");
        }

        // Feeds are often served as text/html or text/plain: the body decides when it is plainly XML.
        if (FeedTypes.Contains(type) || type.EndsWith("+xml", StringComparison.Ordinal)
            || (type is "" or "text/html" or "text/plain" or "application/octet-stream" && (LooksLike(body, "<?xml") || LooksLike(body, "<rss") || LooksLike(body, "<feed"))))
        {
            return;
        }

        throw new FetchException(url, $"is {(type.Length == 0 ? "of no declared type" : type)}, not an RSS or Atom feed");
    }

    private static bool LooksLike(byte[] body, string start)
    {
        int i = 0;
        if (body.Length >= 3 && body[0] == 0xEF && body[1] == 0xBB && body[2] == 0xBF)
        {
            i = 3;
        }

        while (i < body.Length && body[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        if (body.Length - i < start.Length)
        {
            return false;
        }

        for (int k = 0; k < start.Length; k++)
        {
            if (char.ToLowerInvariant((char)body[i + k]) != start[k])
            {
                return false;
            }
        }

        return true;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? values.FirstOrDefault()
            : null;

    private TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - (time ?? TimeProvider.System).GetUtcNow() is { } wait && wait > TimeSpan.Zero ? wait : null,
            _ => null,
        };
}
