using System.Text.RegularExpressions;

namespace DiplomacyBot.Slack;

/// <summary>
/// Slack's text rules. Escaping &amp;, &lt; and &gt; is all Slack asks, and it is what defuses every ping
/// (<c>&lt;!channel&gt;</c>, <c>&lt;!here&gt;</c>, <c>&lt;!everyone&gt;</c>, <c>&lt;@U…&gt;</c>, <c>&lt;!subteam^…&gt;</c>): without a raw
/// <c>&lt;</c> there is no control sequence. Splitting works on the unescaped text, so no entity and no surrogate pair is ever cut.
/// Incoming text goes the other way (<see cref="Plain"/>): Slack's markup becomes the plain text it stands for.
/// </summary>
public static partial class SlackText
{
    private const string ClosingPunctuation = ".,;:!?)]}…";

    /// <summary>
    /// A message as the user wrote it, without Slack's markup: the bot's own mention is dropped wherever it stands
    /// (with the comma that sets it off: "When is it, &lt;@BOT&gt;?" is "When is it?"; without <paramref name="botUserId"/>,
    /// the mentions that open the message are), a link is its URL (<c>&lt;https://x/a|x/a&gt;</c>), any other user,
    /// channel or group mention its name (<c>&lt;#C1|general&gt;</c> is "#general", <c>&lt;!here&gt;</c> "@here"), and
    /// <c>&amp;amp;</c>, <c>&amp;lt;</c>, <c>&amp;gt;</c> the characters they escape.
    /// </summary>
    public static string Plain(string? text, string? botUserId = null)
    {
        string body = text ?? string.Empty;
        body = string.IsNullOrEmpty(botUserId) ? LeadingMention().Replace(body, string.Empty) : WithoutMentionOf(body, botUserId);
        body = Markup().Replace(body, m => Unwrap(m.Groups["target"].Value, m.Groups["label"].Success ? m.Groups["label"].Value : null));
        return body.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal).Trim();
    }

    /// <summary>
    /// Takes out every mention of <paramref name="userId"/> with the spaces and commas around it, leaving one space
    /// between the words it stood between and none before the punctuation that closes a phrase.
    /// </summary>
    private static string WithoutMentionOf(string text, string userId)
    {
        string mention = $"<@{Regex.Escape(userId)}(\\|[^>]*)?>";
        var pattern = new Regex($"([ \\t]*,)?[ \\t]*{mention}([ \\t]*{mention})*([ \\t]*,)?[ \\t]*", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return pattern.Replace(text, m =>
        {
            int end = m.Index + m.Length;
            bool joinsWords = m.Index > 0 && text[m.Index - 1] != '\n' && end < text.Length && text[end] != '\n' && !ClosingPunctuation.Contains(text[end], StringComparison.Ordinal);
            return joinsWords ? " " : string.Empty;
        });
    }

    private static string Unwrap(string target, string? label) => target[0] switch
    {
        '@' or '#' => label is { Length: > 0 } ? target[0] + label.TrimStart(target[0]) : target,
        '!' => label is { Length: > 0 } ? label : "@" + target[1..].Split('^')[0],
        _ when target.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("https://", StringComparison.OrdinalIgnoreCase) => target,
        _ => label ?? target,
    };

    [GeneratedRegex(@"^\s*(<@[A-Z0-9]+(\|[^>]*)?>\s*)+")]
    private static partial Regex LeadingMention();

    [GeneratedRegex(@"<(?<target>[^<>|\s][^<>|]*)(\|(?<label>[^<>]*))?>")]
    private static partial Regex Markup();

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    public static int EscapedLength(char c) => c switch
    {
        '&' => 5,
        '<' or '>' => 4,
        _ => 1,
    };

    /// <summary>Splits plain text into pieces whose escaped form is at most <paramref name="maxEscaped"/> characters, preferring line breaks, then spaces.</summary>
    public static IReadOnlyList<string> Chunk(string text, int maxEscaped) => Core.Chat.TextChunks.Split(text, maxEscaped, EscapedLength);

    /// <summary>Cuts escaped text to at most <paramref name="max"/> characters without breaking an entity or a surrogate pair.</summary>
    public static string Truncate(string escaped, int max)
    {
        if (escaped.Length <= max)
        {
            return escaped;
        }

        int end = max - 1;
        int amp = escaped.LastIndexOf('&', end - 1);
        if (amp >= 0 && amp > end - 5 && escaped.IndexOf(';', amp) >= end)
        {
            end = amp;
        }

        if (end > 0 && char.IsHighSurrogate(escaped[end - 1]))
        {
            end--;
        }

        // Never leave half of a "> " quote marker at the end of a line.
        if (end > 0 && escaped[end - 1] == '>' && (end == 1 || escaped[end - 2] == '\n'))
        {
            end--;
        }

        return escaped[..end] + "…";
    }
}
