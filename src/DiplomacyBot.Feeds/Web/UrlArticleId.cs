using System.Security.Cryptography;
using System.Text;

namespace DiplomacyBot.Feeds.Web;

/// <summary>
/// The article id for a page: its host, the slug of its last path segment and eight hex digits of the URL's hash
/// ("example.com-talks-resume-in-geneva-1a2b3c4d"), so one URL is always one article and ids stay readable.
/// </summary>
public static class UrlArticleId
{
    public static string For(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        string canonical = url.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped);
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))[..8];
        string host = url.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? url.Host[4..] : url.Host;
        string segment = url.Segments.Length > 0 ? Uri.UnescapeDataString(url.Segments[^1].Trim('/')) : string.Empty;
        segment = Path.GetFileNameWithoutExtension(segment);
        var slug = new StringBuilder();
        foreach (char c in segment.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }

            if (slug.Length >= 60)
            {
                break;
            }
        }

        string name = slug.ToString().Trim('-');
        return name.Length > 0 ? $"{host}-{name}-{hash}" : $"{host}-{hash}";
    }
}
