using System.Net;
using Microsoft.Extensions.Options;

namespace DiplomacyBot.Feeds.Web;

/// <summary>Builds the <see cref="WebFetcher"/>'s HTTP client: redirects up to the limit, decompression, no client-wide timeout (each fetch has its own).</summary>
public static class WebFetcherFactory
{
    public static WebFetcher Create(FeedsOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = options.MaxRedirects > 0,
            MaxAutomaticRedirections = Math.Max(1, options.MaxRedirects),
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            ConnectTimeout = options.Timeout,
        };
        return new WebFetcher(new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan }, Options.Create(options), time);
    }
}
