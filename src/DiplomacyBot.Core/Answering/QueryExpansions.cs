using System.Collections.Frozen;
using System.Reflection;

namespace DiplomacyBot.Core.Answering;

/// <summary>The domain's interchangeable words, read from the data file <c>query-expansions.txt</c> shipped in this assembly.</summary>
public sealed class QueryExpansions
{
    private readonly FrozenDictionary<string, string[]> _alternatives;

    private QueryExpansions(FrozenDictionary<string, string[]> alternatives) => _alternatives = alternatives;

    public static QueryExpansions Default { get; } = Load();

    public static QueryExpansions Parse(string data)
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (string raw in data.Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
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

    private static QueryExpansions Load()
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("DiplomacyBot.Core.Answering.query-expansions.txt")
            ?? throw new InvalidOperationException("The query expansion data is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
