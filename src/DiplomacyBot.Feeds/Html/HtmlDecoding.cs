using System.Text;
using System.Text.RegularExpressions;

namespace DiplomacyBot.Feeds.Html;

/// <summary>
/// Decodes a page's bytes: a byte-order mark first, then the charset the server declared, then the page's own
/// &lt;meta charset&gt; in its first kilobytes, else UTF-8. Undecodable bytes become U+FFFD: a web page is text
/// even when it lies about its encoding, and its extracted text is checked again by the parser.
/// </summary>
internal static partial class HtmlDecoding
{
    static HtmlDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static bool LooksBinary(byte[] bytes)
    {
        int sample = Math.Min(bytes.Length, 4096);
        return sample > 0 && bytes.AsSpan(0, sample).IndexOf((byte)0) >= 0 && !(bytes.Length >= 2 && bytes[0] is 0xFF or 0xFE);
    }

    public static string Decode(byte[] bytes, string? declaredCharset)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3);
        }

        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE))
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFE, 0xFF))
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }

        Encoding encoding = Lookup(declaredCharset) ?? Lookup(MetaCharset(bytes)) ?? new UTF8Encoding(false);
        return encoding.GetString(bytes);
    }

    private static Encoding? Lookup(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        try
        {
            Encoding encoding = Encoding.GetEncoding(name.Trim().Trim('"', '\''));

            // A page that claims UTF-16 without a byte-order mark is almost always ASCII-compatible in fact.
            return encoding is UnicodeEncoding ? null : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? MetaCharset(byte[] bytes)
    {
        string head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        Match m = MetaCharsetPattern().Match(head);
        return m.Success ? m.Groups["cs"].Value : null;
    }

    [GeneratedRegex(@"<meta[^>]{0,200}?charset\s*=\s*[""']?(?<cs>[A-Za-z0-9_\-:.]{1,40})", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharsetPattern();
}
