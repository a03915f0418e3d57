using System.Collections.Frozen;
using DiplomacyBot.Core.Articles;

namespace DiplomacyBot.Core.Text;

/// <summary>
/// Splits a paragraph into sentences without changing a character: each sentence is a trimmed range of the input,
/// so quotes taken from it are verbatim. Abbreviations ("U.S.", "Sept.", "Mr."), initials and decimals do not end a sentence.
/// </summary>
public static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "maj", "capt", "cmdr", "sgt", "adm",
        "st", "mt", "ft", "jr", "sr", "rev", "hon", "pres", "amb", "sec",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "inc", "corp", "co", "ltd", "plc", "bros", "no", "nos", "vs", "v", "etc", "approx", "dept", "est", "fig", "al",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private const string ClosingMarks = "\"'”’»)]";
    private const string OpeningMarks = "\"'“‘«([";

    public static IEnumerable<TextSpan> Split(string text, TextSpan range)
    {
        int start = SkipSpace(text, range.Start, range.End);
        int i = start;
        while (i < range.End)
        {
            char c = text[i];
            if (c is '.' or '!' or '?' or '…')
            {
                int end = i + 1;
                while (end < range.End && (text[end] is '.' or '!' or '?' || ClosingMarks.Contains(text[end])))
                {
                    end++;
                }

                if (IsBoundary(text, start, i, end, range.End))
                {
                    yield return new TextSpan(start, end);
                    start = SkipSpace(text, end, range.End);
                    i = start;
                    continue;
                }

                i = end;
                continue;
            }

            i++;
        }

        int last = TrimEnd(text, start, range.End);
        if (last > start)
        {
            yield return new TextSpan(start, last);
        }
    }

    private static bool IsBoundary(string text, int sentenceStart, int mark, int end, int limit)
    {
        if (end >= limit)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[end]))
        {
            return false;
        }

        int next = SkipSpace(text, end, limit);
        if (next >= limit)
        {
            return true;
        }

        char n = text[next];
        bool nextStartsSentence = char.IsUpper(n) || char.IsDigit(n) || OpeningMarks.Contains(n);
        if (!nextStartsSentence)
        {
            return false;
        }

        if (text[mark] != '.')
        {
            return true;
        }

        // The word the period closes: an abbreviation or an initial does not end a sentence.
        int wordStart = mark;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && !OpeningMarks.Contains(text[wordStart - 1]))
        {
            wordStart--;
        }

        ReadOnlySpan<char> word = text.AsSpan(wordStart, mark - wordStart);
        if (word.Length == 0)
        {
            return true;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }

        // A list number that opens the sentence ("3. The delegations met ...") belongs to it.
        if (wordStart == sentenceStart && word.Length <= 3 && word.ContainsAnyExceptInRange('0', '9') is false)
        {
            return false;
        }

        if (word.Contains('.') && IsDottedAcronym(word))
        {
            // "U.S." ends a sentence only when the next word cannot continue a name ("U.S. The talks..." is rare).
            return IsCommonSentenceStart(text, next, limit);
        }

        return !Abbreviations.Contains(word.ToString());
    }

    private static bool IsDottedAcronym(ReadOnlySpan<char> word)
    {
        foreach (char ch in word)
        {
            if (!(char.IsLetter(ch) || ch == '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly FrozenSet<string> SentenceStarters = new[]
    {
        "The", "A", "An", "It", "He", "She", "They", "We", "I", "This", "That", "These", "Those", "But", "And", "In", "On",
        "At", "As", "His", "Her", "Their", "Its", "There", "However", "Meanwhile", "Officials", "According",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool IsCommonSentenceStart(string text, int start, int limit)
    {
        int end = start;
        while (end < limit && char.IsLetter(text[end]))
        {
            end++;
        }

        return SentenceStarters.Contains(text[start..end]);
    }

    private static int SkipSpace(string text, int i, int limit)
    {
        while (i < limit && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
