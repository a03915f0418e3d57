using System.Collections.Frozen;

namespace DiplomacyBot.Core.Answering;

/// <summary>The domain's interchangeable words, read from the data file <c>query-expansions.txt</c> shipped in this assembly.</summary>
public sealed class QueryExpansions
{
    private readonly FrozenDictionary<string, string[]> _alternatives;

    private readonly System.Text.RegularExpressions.Regex? _phrases;

    private QueryExpansions(FrozenDictionary<string, string[]> alternatives)
    {
        _alternatives = alternatives;
        var phrases = alternatives.Keys.Where(k => k.Contains(' ', StringComparison.Ordinal)).OrderByDescending(k => k.Length).ToList();
        _phrases = phrases.Count == 0 ? null : new System.Text.RegularExpressions.Regex(
            $@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', phrases.Select(p => System.Text.RegularExpressions.Regex.Escape(p).Replace("\\ ", @"[\s-]+", StringComparison.Ordinal)))})(?![\p{{L}}\p{{N}}])",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    }

    /// <summary>The multi-word entries ("rock bottom", "took place") written in <paramref name="text"/>, as the data file spells them.</summary>
    public IEnumerable<(int Start, int End, string Phrase)> PhrasesIn(string text)
    {
        if (_phrases is null)
        {
            yield break;
        }

        foreach (System.Text.RegularExpressions.Match m in _phrases.Matches(text))
        {
            string normal = System.Text.RegularExpressions.Regex.Replace(m.Value, @"[\s-]+", " ");
            string key = _alternatives.Keys.FirstOrDefault(k => k.Equals(normal, StringComparison.OrdinalIgnoreCase)) ?? normal;
            yield return (m.Index, m.Index + m.Length, key);
        }
    }

    public static QueryExpansions Default { get; } = Load(withVectors: false);

    /// <summary>
    /// The expansions for when sentences are also found by meaning: sets of words that only say the same thing in other
    /// words (lines marked <c>~</c> in the data file) are left to the embedding model.
    /// </summary>
    public static QueryExpansions WithVectors { get; } = Load(withVectors: true);

    /// <param name="withVectors">Leave out the lines marked <c>~</c> (paraphrases an embedding model matches by itself).</param>
    public static QueryExpansions Parse(string data, bool withVectors = false)
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (string raw in data.Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('~'))
            {
                if (withVectors)
                {
                    continue;
                }

                line = line[1..];
            }

            string[] words = line.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (string word in words)
            {
                if (!map.TryGetValue(word, out var set))
                {
                    map[word] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                }

                set.UnionWith(words.Where(w => !w.Equals(word, StringComparison.OrdinalIgnoreCase)));
            }
        }

        return new QueryExpansions(map.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase));
    }

    public IReadOnlyList<string> For(string word) => _alternatives.TryGetValue(word, out var words) ? words : [];

    private static QueryExpansions Load(bool withVectors)
    {
        return Parse(EmbeddedData.Read("DiplomacyBot.Core.Answering.query-expansions.txt"), withVectors);
    }
}
