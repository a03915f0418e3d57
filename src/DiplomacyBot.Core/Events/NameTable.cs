using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Events;

/// <summary>
/// Names mapped to the canonical name each stands for, and one pattern that finds any of them in a text (the longest
/// name first where names overlap), between the given boundaries.
/// </summary>
internal sealed class NameTable
{
    private readonly FrozenDictionary<string, string> _canonical;
    private readonly Regex _pattern;
    private readonly string _before;
    private readonly string _after;

    private NameTable(Dictionary<string, string> canonical, string before, string after)
    {
        _canonical = canonical.ToFrozenDictionary(StringComparer.Ordinal);
        Canonical = [.. canonical.Values.Distinct(StringComparer.Ordinal)];
        (_before, _after) = (before, after);
        string alternatives = string.Join('|', _canonical.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape));
        _pattern = new Regex($"{before}(?:{alternatives}){after}", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>
    /// Reads a data file's entries (see <see cref="EmbeddedData.Entries"/>), each giving names and the canonical name
    /// they stand for; a name given again takes the later entry's canonical name.
    /// </summary>
    public static NameTable Parse(string data, Func<string, IEnumerable<(string Name, string Canonical)>> entry, string before, string after)
    {
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in EmbeddedData.Entries(data))
        {
            foreach ((string name, string standsFor) in entry(line))
            {
                canonical[name] = standsFor;
            }
        }

        return new NameTable(canonical, before, after);
    }

    /// <summary>The canonical names, each once.</summary>
    public IReadOnlyList<string> Canonical { get; }

    /// <summary>Every name that stands for <paramref name="canonical"/>, the canonical name among them.</summary>
    public IEnumerable<string> NamesOf(string canonical) =>
        _canonical.Where(kv => kv.Value.Equals(canonical, StringComparison.OrdinalIgnoreCase)).Select(kv => kv.Key);

    private readonly Dictionary<int, Regex> _anyCase = [];

    /// <summary>
    /// The names of at least <paramref name="shortest"/> characters in <paramref name="text"/> written in any case
    /// ("russian" for "Russian"), in order: where each stands and the canonical name.
    /// </summary>
    public IEnumerable<(int Start, int End, string Name)> FindAnyCase(string text, int shortest)
    {
        Regex pattern;
        lock (_anyCase)
        {
            if (!_anyCase.TryGetValue(shortest, out pattern!))
            {
                string alternatives = string.Join('|', _canonical.Keys.Where(k => k.Length >= shortest).OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape));
                _anyCase[shortest] = pattern = new Regex($@"{_before}(?:{alternatives}){_after}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
            }
        }

        foreach (Match m in pattern.Matches(text))
        {
            string name = _canonical.Keys.First(k => string.Equals(k, m.Value, StringComparison.OrdinalIgnoreCase));
            yield return (m.Index, m.Index + m.Length, _canonical[name]);
        }
    }

    /// <summary>Every name in <paramref name="text"/>, in order: where it stands and the canonical name.</summary>
    public IEnumerable<(int Start, int End, string Name)> Find(string text)
    {
        foreach (Match m in _pattern.Matches(text))
        {
            yield return (m.Index, m.Index + m.Length, _canonical[m.Value]);
        }
    }
}
