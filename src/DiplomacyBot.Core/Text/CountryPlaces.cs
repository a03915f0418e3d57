namespace DiplomacyBot.Core.Text;

/// <summary>
/// The places that lie in a country: its capital (<c>Text/Lexicons/capitals.txt</c>) and its other cities
/// (<c>Text/Lexicons/cities.txt</c>). Talks "in Osaka" are talks in Japan.
/// </summary>
public static class CountryPlaces
{
    private static readonly ILookup<string, string> PlacesByCountry = Load();

    /// <summary>The capital and cities of <paramref name="country"/> (any case); none when it is not a listed country.</summary>
    public static IEnumerable<string> In(string country) => PlacesByCountry[country.Trim()];

    /// <summary>The capital of <paramref name="country"/> (any case), or more than one where it has them; none when it is not listed.</summary>
    public static IEnumerable<string> Capitals(string country) => CapitalsByCountry[country.Trim()];

    private static readonly ILookup<string, string> CapitalsByCountry = Pairs("DiplomacyBot.Core.Text.Lexicons.capitals.txt")
        .ToLookup(pair => pair.Country, pair => pair.Place, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="place"/> is <paramref name="region"/> or lies in it (any case).</summary>
    public static bool IsWithin(string place, string region) =>
        string.Equals(place, region, StringComparison.OrdinalIgnoreCase)
        || PlacesByCountry[region].Contains(place, StringComparer.OrdinalIgnoreCase);

    private static ILookup<string, string> Load() =>
        Pairs("DiplomacyBot.Core.Text.Lexicons.capitals.txt").Concat(Pairs("DiplomacyBot.Core.Text.Lexicons.cities.txt"))
            .Where(pair => !string.Equals(pair.Place, pair.Country, StringComparison.OrdinalIgnoreCase))
            .Distinct()
            .ToLookup(pair => pair.Country, pair => pair.Place, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every "place = country" line of a data file; unlike a dictionary, a place may lie in more than one country.</summary>
    private static IEnumerable<(string Place, string Country)> Pairs(string resource) =>
        EmbeddedData.Entries(EmbeddedData.Read(resource))
            .Select(line => line.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(parts => parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0)
            .Select(parts => (parts[0], parts[1]));
}
