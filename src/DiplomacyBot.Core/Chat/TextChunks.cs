namespace DiplomacyBot.Core.Chat;

/// <summary>Splitting a reply into messages for a platform whose limit counts the escaped form of the text.</summary>
public static class TextChunks
{
    /// <summary>
    /// Splits plain text into pieces whose escaped form is at most <paramref name="maxEscaped"/> characters, preferring
    /// line breaks, then spaces, and never splitting a surrogate pair. <paramref name="escapedLength"/> is how long one
    /// character becomes once escaped for the platform.
    /// </summary>
    public static IReadOnlyList<string> Split(string text, int maxEscaped, Func<char, int> escapedLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(escapedLength);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEscaped, 10);
        var chunks = new List<string>();
        int start = 0;
        while (start < text.Length)
        {
            int end = start, length = 0, lastBreak = -1;
            while (end < text.Length && length + escapedLength(text[end]) <= maxEscaped)
            {
                length += escapedLength(text[end]);
                if (text[end] is '\n' or ' ')
                {
                    lastBreak = end + 1;
                }

                end++;
            }

            if (end < text.Length)
            {
                if (lastBreak > start + ((end - start) / 2))
                {
                    end = lastBreak;
                }
                else if (char.IsHighSurrogate(text[end - 1]))
                {
                    end--;
                }
            }

            chunks.Add(text[start..end]);
            start = end;
        }

        return chunks;
    }
}
