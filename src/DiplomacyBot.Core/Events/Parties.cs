using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Events;

/// <summary>The parties events are between, read from <c>Events/parties.txt</c>: each name shown and the names that stand for it.</summary>
public sealed class Parties
{
    private readonly FrozenDictionary<string, string> _canonical;
    private readonly Regex _names;
    private readonly Regex _anyCase;

    private Parties(FrozenDictionary<string, string> canonical)
    {
        _canonical = canonical;
        string alternatives = string.Join('|', canonical.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape));
        _names = new Regex($@"\b(?:{alternatives})\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);

        // Typed questions drop capitals ("the russian side"); short names ("US", "EU") keep them, being words too.
        string longer = string.Join('|', canonical.Keys.Where(k => k.Length > ShortName).OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape));
        _anyCase = new Regex($@"\b(?:{longer})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);
    }

    private const int ShortName = 3;

    public static Parties Default { get; } = Load();

    /// <summary>The parties a text names, each once, as shown ("Moscow" and "Russian" are both Russia).</summary>
    public IReadOnlyList<string> In(string text) => _names.Matches(text).Select(m => _canonical[m.Value]).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The parties a question names, as <see cref="In"/> does but in any case for names longer than three letters
    /// ("russian", "washington"); shorter ones ("US") only as written.
    /// </summary>
    public IReadOnlyList<string> InQuestion(string text) => _names.Matches(text).Select(m => _canonical[m.Value])
        .Concat(_anyCase.Matches(text).Select(m => _canonical.First(kv => string.Equals(kv.Key, m.Value, StringComparison.OrdinalIgnoreCase)).Value))
        .Distinct(StringComparer.Ordinal).ToList();

    public static Parties Parse(string text)
    {
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in EmbeddedData.Entries(text))
        {
            string[] parts = line.Split(':', 2);
            string name = parts[0].Trim();
            canonical[name] = name;
            foreach (string alias in parts.Length > 1 ? parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [])
            {
                canonical[alias] = name;
            }
        }

        return new Parties(canonical.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static Parties Load() => Parse(EmbeddedData.Read("DiplomacyBot.Core.Events.parties.txt"));
}
