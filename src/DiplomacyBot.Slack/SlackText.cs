using System.Text;

namespace DiplomacyBot.Slack;

/// <summary>
/// Slack's text rules. Escaping &amp;, &lt; and &gt; is all Slack asks, and it is what defuses every ping
/// (<c>&lt;!channel&gt;</c>, <c>&lt;!here&gt;</c>, <c>&lt;!everyone&gt;</c>, <c>&lt;@U…&gt;</c>, <c>&lt;!subteam^…&gt;</c>): without a raw
/// <c>&lt;</c> there is no control sequence. Splitting works on the unescaped text, so no entity and no surrogate pair is ever cut.
/// </summary>
public static class SlackText
{
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
