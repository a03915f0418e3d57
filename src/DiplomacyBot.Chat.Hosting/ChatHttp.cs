using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;

namespace DiplomacyBot.Chat.Hosting;

/// <summary>Reading a platform's webhook request: the raw body (signatures are computed over it), then its JSON; and checking its configured URLs.</summary>
public static class ChatHttp
{
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>How many times a platform API call answered with 429 is retried, after the wait the platform asks for.</summary>
    public const int MaxRateLimitRetries = 5;

    /// <summary>The request's raw body, or null (and 413 set on the response) when it is over <see cref="MaxBodyBytes"/>.</summary>
    public static async Task<byte[]?> ReadBodyAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return null;
        }

        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body, http.RequestAborted).ConfigureAwait(false);
        if (body.Length > MaxBodyBytes)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return null;
        }

        return body.ToArray();
    }

    /// <summary>The raw body with the timestamp and signature headers it is signed with; null as for <see cref="ReadBodyAsync"/>.</summary>
    public static async Task<SignedRequest?> ReadSignedAsync(HttpContext http, string timestampHeader, string signatureHeader)
    {
        if (await ReadBodyAsync(http).ConfigureAwait(false) is not { } body)
        {
            return null;
        }

        return new SignedRequest(http.Request.Headers[timestampHeader].ToString(), http.Request.Headers[signatureHeader].ToString(), body);
    }

    /// <summary>Writes the response body with its content type.</summary>
    public static async Task WriteAsync(HttpContext http, string contentType, string body)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.ContentType = contentType;
        await http.Response.WriteAsync(body, http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The body as a JSON object, or null when it is not one (or is not UTF-8).</summary>
    public static JsonObject? ParseObject(byte[] body)
    {
        // The parser does not decode strings until they are read, so invalid UTF-8 in one would pass here and throw later.
        if (!Utf8.IsValid(body))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A configured API base URL as requests are resolved against it: with its trailing slash, so relative paths append.</summary>
    public static Uri ApiBase(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return new Uri(url.EndsWith('/') ? url : url + "/", UriKind.Absolute);
    }

    /// <summary>Whether <paramref name="value"/> is an absolute URL with one of <paramref name="schemes"/> (such as a configured API base).</summary>
    public static bool IsAbsoluteUrl(string? value, params string[] schemes) =>
        Uri.TryCreate(value, UriKind.Absolute, out Uri? url) && schemes.Contains(url.Scheme, StringComparer.Ordinal);
}
