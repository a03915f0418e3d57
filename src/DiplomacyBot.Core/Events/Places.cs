namespace DiplomacyBot.Core.Events;

/// <summary>A gazetteer of places, read from the data file <c>places.txt</c> shipped in this assembly.</summary>
public sealed class Places
{
    private readonly NameTable _names;

    private Places(NameTable names) => _names = names;

    public static Places Default { get; } = Parse(EmbeddedData.Read("DiplomacyBot.Core.Events.places.txt"));

    /// <summary>"Name" or "alias = Name".</summary>
    public static Places Parse(string data) => new(NameTable.Parse(data, Entry, @"(?<![\p{L}\p{N}])", @"(?![\p{L}\p{N}])"));

    /// <summary>Every place named in <paramref name="text"/>: position and canonical name.</summary>
    public IEnumerable<(int Start, int End, string Name)> Find(string text) => _names.Find(text);

    /// <summary>
    /// The places a question names, as <see cref="Find"/> does but in any case for names longer than three letters
    /// ("vietnam", "geneva"): typed questions drop capitals.
    /// </summary>
    public IEnumerable<(int Start, int End, string Name)> InQuestion(string text) =>
        _names.Find(text).Concat(_names.FindAnyCase(text, 4)).DistinctBy(m => m.Start);

    /// <summary>The other names of a place ("Kampuchea" for "Cambodia", "Burma" for "Myanmar").</summary>
    public IEnumerable<string> OtherNames(string place, string written) =>
        _names.NamesOf(place).Where(n => !n.Equals(written, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The place a word for its people or things names ("brazilian": Brazil, "japanese": Japan, "turkish": Turkey):
    /// the word less an ending of such words ("-ian", "-ese", "-ish", "-an", "-i"), in four letters or more, begins the
    /// name of one place, or of one place named more shortly than the others; null when it does not.
    /// </summary>
    public string? OfDemonym(string word)
    {
        string lower = word.ToLowerInvariant();
        foreach (string ending in DemonymEndings)
        {
            if (lower.Length - ending.Length < 4 || !lower.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }

            string root = lower[..^ending.Length];
            // "turkish" is Turkey, not Turkmenistan: of the places the root begins, the one with the shortest name.
            var places = _names.Canonical.Where(p => p.StartsWith(root, StringComparison.OrdinalIgnoreCase)).OrderBy(p => p.Length).Take(2).ToList();
            if (places.Count == 1 || (places.Count == 2 && places[0].Length < places[1].Length))
            {
                return places[0];
            }
        }

        return null;
    }

    private static readonly string[] DemonymEndings = ["ian", "ean", "ese", "ish", "an", "i"];

    /// <summary>A gazetteer line: "Name", or "alias = Name".</summary>
    internal static IEnumerable<(string Name, string Canonical)> Entry(string line)
    {
        string[] parts = line.Split('=', 2, StringSplitOptions.TrimEntries);
        yield return (parts[0], parts.Length == 2 ? parts[1] : parts[0]);
    }
}
