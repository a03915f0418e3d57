using System.Collections.Frozen;

namespace DiplomacyBot.Core.Events;

/// <summary>The kinds of place a question may ask for by name ("which country ...?", "which state ...?").</summary>
public enum PlaceKind
{
    /// <summary>A country, past or present ("which nation ...?").</summary>
    Country,

    /// <summary>A state of the United States.</summary>
    State,
}

/// <summary>
/// Countries (<c>countries.txt</c>: their names, other names and the words for their people and things) and the states
/// of the United States (<c>us-states.txt</c>), found in a text by name. A capital stands for its country
/// (<see cref="Text.Capitals"/>): "talks in Tokyo" name Japan.
/// </summary>
public static class PlaceKinds
{
    private const string Before = @"(?<![\p{L}\p{N}])";
    private const string After = @"(?![\p{L}\p{N}])";

    private static readonly NameTable CountryNames = NameTable.Parse(EmbeddedData.Read("DiplomacyBot.Core.Events.countries.txt"), Places.Entry, Before, After);
    private static readonly NameTable CapitalNames = NameTable.Parse(EmbeddedData.Read("DiplomacyBot.Core.Text.Lexicons.capitals.txt"), Places.Entry, Before, After);
    private static readonly NameTable StateNames = NameTable.Parse(EmbeddedData.Read("DiplomacyBot.Core.Events.us-states.txt"), Places.Entry, Before, After);
    private static readonly NameTable StateAbbreviations = NameTable.Parse(EmbeddedData.Read("DiplomacyBot.Core.Events.us-state-abbreviations.txt"), Places.Entry, Before, After);

    /// <summary>The kind of place a word asks for ("nation": a country), or null for other words.</summary>
    public static PlaceKind? Of(string word) => word.ToLowerInvariant() switch
    {
        "country" or "nation" => PlaceKind.Country,
        "state" => PlaceKind.State,
        _ => null,
    };

    /// <summary>
    /// The places of <paramref name="kind"/> a text names, by their own names, as written: each place once, in the
    /// order first named.
    /// </summary>
    public static IEnumerable<string> Find(PlaceKind kind, string text) => Found(kind, text, anyCase: false);

    /// <summary>As <see cref="Find"/>, also in any case for names of four letters or more: typed questions drop capitals.</summary>
    public static IEnumerable<string> InQuestion(PlaceKind kind, string text) => Found(kind, text, anyCase: true);

    /// <summary>The abbreviations of states of the United States a text writes ("Calif.", "N.Y."): position and state.</summary>
    public static IEnumerable<(int Start, int End, string Name)> AbbreviatedStates(string text) => StateAbbreviations.Find(text);

    /// <summary>
    /// Whether the word is another name of a country than its own, mostly the word for its people and things
    /// ("Finnish", "Dutch", "Soviet"): in a run of capitals it belongs to a body's name or a title, not a person's.
    /// </summary>
    public static bool IsOtherCountryName(string word) => OtherCountryNames.Contains(word);

    /// <summary>Whether the name, whole, is a country's by any of its names ("Britain"); a capital is none.</summary>
    public static bool IsCountry(string name) => CountryNames.Find(name).Any(m => m.Start == 0 && m.End == name.Length);

    /// <summary>
    /// The other names of the country a place is ("Thai" and "Siam" for Thailand, "British" for Britain), of four
    /// letters or more and not abbreviations; none when the place is no country.
    /// </summary>
    public static IEnumerable<string> OtherNamesOf(string place)
    {
        string? country = CountryNames.Find(place).FirstOrDefault(m => m.Start == 0 && m.End == place.Length).Name;
        return country is null ? []
            : CountryNames.NamesOf(country).Prepend(country)
                .Where(name => !name.Equals(place, StringComparison.OrdinalIgnoreCase) && name.Length >= 4 && name.Any(char.IsLower))
                .Distinct(StringComparer.OrdinalIgnoreCase);
    }

    private static readonly FrozenSet<string> OtherCountryNames = CountryNames.Canonical
        .SelectMany(country => CountryNames.NamesOf(country).Where(name => !name.Equals(country, StringComparison.OrdinalIgnoreCase)))
        .ToFrozenSet(StringComparer.Ordinal);

    private static IEnumerable<string> Found(PlaceKind kind, string text, bool anyCase)
    {
        NameTable table = kind == PlaceKind.Country ? CountryNames : StateNames;
        var found = table.Find(text).Select(m => (m.Start, m.Name));
        if (anyCase)
        {
            found = found.Concat(table.FindAnyCase(text, 4).Select(m => (m.Start, m.Name)));
        }

        if (kind == PlaceKind.Country)
        {
            found = found.Concat(CapitalNames.Find(text).Select(m => (m.Start, CountryNames.Find(m.Name).FirstOrDefault().Name ?? m.Name)));
        }

        return found.OrderBy(m => m.Start).Select(m => m.Name).Distinct(StringComparer.Ordinal);
    }
}
