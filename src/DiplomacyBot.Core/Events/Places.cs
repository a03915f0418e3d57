using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Events;

/// <summary>A gazetteer of places, read from the data file <c>places.txt</c> shipped in this assembly.</summary>
public sealed class Places
{
    private readonly FrozenDictionary<string, string> _canonical;
    private readonly Regex _pattern;

    private Places(Dictionary<string, string> canonical)
    {
        _canonical = canonical.ToFrozenDictionary(StringComparer.Ordinal);
        string alternatives = string.Join('|', canonical.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        _pattern = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{alternatives})(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public static Places Default { get; } = Load();

    public static Places Parse(string data)
    {
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in EmbeddedData.Entries(data))
        {
            string[] parts = line.Split('=', 2, StringSplitOptions.TrimEntries);
            canonical[parts[0]] = parts.Length == 2 ? parts[1] : parts[0];
        }

        return new Places(canonical);
    }

    /// <summary>Every place named in <paramref name="text"/>: position and canonical name.</summary>
    public IEnumerable<(int Start, int End, string Name)> Find(string text)
    {
        foreach (Match m in _pattern.Matches(text))
        {
            yield return (m.Index, m.Index + m.Length, _canonical[m.Value]);
        }
    }

    private static Places Load()
    {
        return Parse(EmbeddedData.Read("DiplomacyBot.Core.Events.places.txt"));
    }
}
