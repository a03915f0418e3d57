namespace DiplomacyBot.Discord;

/// <summary>
/// Makes article and user text inert on Discord. A zero-width space after every '@' breaks <c>@everyone</c>,
/// <c>@here</c> and every <c>&lt;@id&gt;</c>, <c>&lt;@!id&gt;</c> and <c>&lt;@&amp;role&gt;</c> mention; a backslash before each
/// markdown character shows it as itself, so a quote cannot turn into a heading, a link, a spoiler or a fake block
/// quote. This is the second fence: every message also carries <c>allowed_mentions: {"parse": []}</c>.
/// Splitting and cutting work on the plain text, so no escape and no surrogate pair is ever cut in half.
/// </summary>
public static class DiscordText
{
    public const char ZeroWidthSpace = '\u200B';
    private const string Markdown = "\\*_~`|[]<>#-:";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            if (c == '@')
            {
                escaped.Append('@').Append(ZeroWidthSpace);
            }
            else if (Markdown.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\').Append(c);
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    /// <summary>
    /// For the places Discord shows as plain text (embed footers, attachment descriptions): markdown is not rendered
    /// there, so only mentions (and channel or command references) are broken; cut to <paramref name="max"/> characters with an ellipsis.
    /// </summary>
    public static string Plain(string? text, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
        string neutral = (text ?? string.Empty)
            .Replace("@", "@" + ZeroWidthSpace, StringComparison.Ordinal)
            .Replace("<", "<" + ZeroWidthSpace, StringComparison.Ordinal);
        if (neutral.Length <= max)
        {
            return neutral;
        }

        int end = max - 1;
        if (char.IsHighSurrogate(neutral[end - 1]))
        {
            end--;
        }

        // Never leave an '@' or '<' without the zero-width space that follows it.
        if (neutral[end - 1] is '@' or '<')
        {
            end--;
        }

        return neutral[..end] + "…";
    }

    public static int EscapedLength(char c) => c == '@' || Markdown.Contains(c, StringComparison.Ordinal) ? 2 : 1;

    public static int EscapedLength(string text) => text.Sum(EscapedLength);

    /// <summary>Splits plain text into pieces whose escaped form is at most <paramref name="maxEscaped"/> characters, preferring line breaks, then spaces.</summary>
    public static IReadOnlyList<string> Chunk(string text, int maxEscaped) => Core.Chat.TextChunks.Split(text, maxEscaped, EscapedLength);

    /// <summary>The escaped text, cut with an ellipsis when its escaped form would pass <paramref name="max"/> characters.</summary>
    public static string Fit(string? text, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
        text ??= string.Empty;
        if (EscapedLength(text) <= max)
        {
            return Escape(text);
        }

        int end = 0, length = 0;
        while (end < text.Length && length + EscapedLength(text[end]) <= max - 1)
        {
            length += EscapedLength(text[end]);
            end++;
        }

        if (end > 0 && char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return Escape(text[..end]) + "…";
    }
}
