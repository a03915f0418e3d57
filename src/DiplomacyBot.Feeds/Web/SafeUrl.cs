namespace DiplomacyBot.Feeds.Web;

/// <summary>URLs as they may appear in messages and logs: without user name and password.</summary>
public static class SafeUrl
{
    public static string Display(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.IsAbsoluteUri
            ? url.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.UserInfo, UriFormat.UriEscaped)
            : url.ToString();
    }

    /// <summary>A stored URL as it may be shown: without credentials when it parses, as given otherwise.</summary>
    public static string Display(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out Uri? parsed) ? Display(parsed) : url;

    /// <summary>An absolute http(s) URL, or an explanation of what is wrong with the text.</summary>
    public static bool TryParse(string? text, out Uri url, out string error)
    {
        url = null!;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "no URL given";
            return false;
        }

        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out Uri? parsed) || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps))
        {
            error = $"'{Core.Text.Shortened.To(text.Trim(), 200)}' is not an http(s) URL";
            return false;
        }

        url = parsed;
        error = string.Empty;
        return true;
    }

}
