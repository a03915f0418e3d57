using System.Buffers;
using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Time;

/// <summary>
/// Runs a broad pattern only in small windows around anchor words ("hour", "ago", "Jan") found with a vectorised
/// search. Patterns that open with optional words ("about the past twenty four hours") would otherwise be tried
/// at nearly every word of the text; this keeps their cost proportional to the number of anchors.
/// </summary>
internal static class AnchoredMatcher
{
    /// <summary>Matches of <paramref name="pattern"/> found near occurrences of the anchors.</summary>
    /// <param name="inWords">Also accept anchors inside a word ("0s" in "1990s"); normally "day" in "today" is skipped.</param>
    public static IEnumerable<Match> Matches(string text, SearchValues<string> anchors, Regex pattern, int before, int after, bool inWords = false)
    {
        var seen = new HashSet<(int, int)>();
        var (windowFrom, windowTo) = (-1, -1);
        for (var at = Next(text, 0, anchors); at >= 0; at = Next(text, at + 1, anchors))
        {
            if (!inWords && at > 0 && char.IsLetterOrDigit(text[at - 1]))
            {
                continue;
            }

            var from = Math.Max(0, at - before);

            // Windows start and end on whitespace so the pattern's word-boundary checks see what they would in the
            // full text.
            while (from > 0 && from < at && !char.IsWhiteSpace(text[from - 1]))
            {
                from++;
            }

            var to = Math.Min(text.Length, at + after);
            while (to < text.Length && !char.IsWhiteSpace(text[to]))
            {
                to++;
            }

            // The previous window already covered this one, so its matches include this anchor's.
            if (from >= windowFrom && to <= windowTo)
            {
                continue;
            }

            (windowFrom, windowTo) = (from, to);

            // A window edge can cut a longer match short ("past two years" inside "the past two years"); the
            // shorter one overlaps the full match, which another window finds and the tagger prefers.
            for (var m = pattern.Match(text, from, to - from); m.Success; m = m.NextMatch())
            {
                if (seen.Add((m.Index, m.Length)))
                {
                    yield return m;
                }
            }
        }
    }

    private static int Next(string text, int start, SearchValues<string> anchors)
    {
        if (start >= text.Length)
        {
            return -1;
        }

        var index = text.AsSpan(start).IndexOfAny(anchors);
        return index < 0 ? -1 : start + index;
    }
}
