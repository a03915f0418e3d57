namespace DiplomacyBot.Hosting;

/// <summary>Configuration section "Http": where <c>serve</c> listens (semicolon-separated URLs).</summary>
public sealed class ServeOptions
{
    public const string Section = "Http";

    public const string DefaultUrls = "http://127.0.0.1:5080";

    public string Urls { get; set; } = DefaultUrls;

    public IEnumerable<string> Failures()
    {
        string[] urls = Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (urls.Length == 0)
        {
            yield return "Http:Urls must name at least one URL such as http://127.0.0.1:5080";
        }

        foreach (string url in urls)
        {
            if (!Uri.TryCreate(url.Replace("*", "localhost", StringComparison.Ordinal).Replace("+", "localhost", StringComparison.Ordinal), UriKind.Absolute, out Uri? uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                yield return $"Http:Urls has '{url}', which is not an http(s) URL such as http://127.0.0.1:5080";
            }
        }
    }
}
