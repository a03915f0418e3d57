namespace DiplomacyBot.Core.Events;

/// <summary>The parties events are between, read from <c>Events/parties.txt</c>: each name shown and the names that stand for it.</summary>
public sealed class Parties
{
    private readonly NameTable _names;

    private Parties(NameTable names) => _names = names;

    public static Parties Default { get; } = Parse(EmbeddedData.Read("DiplomacyBot.Core.Events.parties.txt"));

    /// <summary>The parties a text names, each once, as shown ("Moscow" and "Russian" are both Russia).</summary>
    public IReadOnlyList<string> In(string text) => _names.Find(text).Select(m => m.Name).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The parties a question names, as <see cref="In"/> does but in any case for names longer than three letters
    /// ("russian", "washington"): typed questions drop capitals. Shorter ones ("US", "EU") count only as written, being
    /// words too.
    /// </summary>
    public IReadOnlyList<string> InQuestion(string text) => _names.Find(text).Concat(_names.FindAnyCase(text, ShortName + 1))
        .Select(m => m.Name).Distinct(StringComparer.Ordinal).ToList();

    private const int ShortName = 3;

    /// <summary>
    /// The parties a word that qualifies a role names, in any case ("us envoy", "russian delegation"): before a role,
    /// even a short name typed in lower case is a party, not a pronoun.
    /// </summary>
    public IReadOnlyList<string> OfRole(string word) => _names.FindAnyCase(word, 1).Select(m => m.Name).Distinct(StringComparer.Ordinal).ToList();

    public static Parties Parse(string text) => new(NameTable.Parse(text, Entry, @"\b", @"\b"));

    /// <summary>"Name: alias, alias": the name stands for itself, and so does each alias.</summary>
    private static IEnumerable<(string Name, string Canonical)> Entry(string line)
    {
        string[] parts = line.Split(':', 2);
        string name = parts[0].Trim();
        yield return (name, name);
        foreach (string alias in parts.Length > 1 ? parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [])
        {
            yield return (alias, name);
        }
    }
}
