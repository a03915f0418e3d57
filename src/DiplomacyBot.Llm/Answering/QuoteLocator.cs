using System.Text;
using System.Text.RegularExpressions;
using DiplomacyBot.Core.Articles;

namespace DiplomacyBot.Llm.Answering;

/// <summary>
/// Finds a model's quote in an article's original text. Only typography may differ (curly or straight quotes, dashes,
/// runs of white space); the span returned is the original text's own, so what is shown is always verbatim. A quote
/// that is not there may paraphrase one sentence closely enough to be replaced by it.
/// </summary>
public static partial class QuoteLocator
{
    /// <summary>Share of a paraphrase's content words a sentence must contain to stand in for it.</summary>
    public const double ParaphraseOverlap = 0.6;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "that", "this", "with", "from", "was", "were", "are", "has", "have", "had", "will", "would",
        "its", "their", "his", "her", "they", "them", "said", "says", "also", "but", "not", "been", "which", "who", "into",
        "than", "then", "there", "about", "after", "before", "over", "such", "some", "any", "all", "can", "could", "our",
    };

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    /// <summary>The quote's span in <paramref name="text"/>, preferring a match inside [<paramref name="preferStart"/>, <paramref name="preferEnd"/>).</summary>
    public static (int Start, int End)? Find(string text, string quote, int preferStart = 0, int preferEnd = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(text);
        string needle = Normalize(Trim(quote), out _);
        if (needle.Length == 0)
        {
            return null;
        }

        string haystack = Normalize(text, out List<int> map);
        int found = -1;
        for (int at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            found = found < 0 ? at : found;
            if (map[at] >= preferStart && map[at] < preferEnd)
            {
                found = at;
                break;
            }
        }

        if (found < 0)
        {
            return null;
        }

        int start = map[found];
        int end = map[found + needle.Length - 1] + 1;
        return (start, end);
    }

    /// <summary>The sentence among <paramref name="sentences"/> that shares most of the quote's content words, if it shares enough.</summary>
    public static Sentence? Paraphrased(Article article, IEnumerable<Sentence> sentences, string quote)
    {
        ArgumentNullException.ThrowIfNull(article);
        var words = ContentWords(quote);
        if (words.Count < 3)
        {
            return null;
        }

        Sentence? best = null;
        double bestOverlap = 0;
        foreach (Sentence sentence in sentences)
        {
            var have = ContentWords(sentence.TextOf(article));
            double overlap = (double)words.Count(have.Contains) / words.Count;
            if (overlap > bestOverlap)
            {
                (best, bestOverlap) = (sentence, overlap);
            }
        }

        return bestOverlap >= ParaphraseOverlap ? best : null;
    }

    /// <summary>The sentence sharing most content words with <paramref name="text"/> (the first on a tie).</summary>
    public static Sentence ClosestSentence(Article article, IEnumerable<Sentence> sentences, string text)
    {
        ArgumentNullException.ThrowIfNull(article);
        var words = ContentWords(text);
        return sentences.Select((s, i) => (Sentence: s, Shared: ContentWords(s.TextOf(article)).Count(words.Contains), Order: i))
            .OrderByDescending(x => x.Shared).ThenBy(x => x.Order).First().Sentence;
    }

    public static int WordCount(string text) => Word().Count(text);

    private static HashSet<string> ContentWords(string text) =>
        Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length >= 3 && !StopWords.Contains(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Quote marks and ellipses a model puts around a quote are not part of it.</summary>
    private static string Trim(string quote) =>
        quote.Trim().Trim('"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', '\u00AB', '\u00BB').Trim().Trim('\u2026').Trim('.').Trim().Trim('\u2026').Trim();

    private static string Normalize(string text, out List<int> map)
    {
        var normalized = new StringBuilder(text.Length);
        map = new List<int>(text.Length);
        bool space = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i] switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                _ => text[i],
            };
            if (char.IsWhiteSpace(c))
            {
                space = normalized.Length > 0;
                continue;
            }

            if (space)
            {
                normalized.Append(' ');
                map.Add(i);
                space = false;
            }

            normalized.Append(c);
            map.Add(i);
        }

        return normalized.ToString();
    }
}
