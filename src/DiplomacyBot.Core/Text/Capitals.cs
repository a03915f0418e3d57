namespace DiplomacyBot.Core.Text;

/// <summary>
/// Capitals and the countries they stand for (<c>Text/Lexicons/capitals.txt</c>): in news copy "Khartoum" is often
/// Sudan and "Tokyo" Japan, so a question naming a capital is answered by reports that name its country.
/// </summary>
public static class Capitals
{
    private static readonly IReadOnlyDictionary<string, string> CountryOfCapital = Load();

    /// <summary>The country <paramref name="capital"/> is the capital of (any case); null when it is none.</summary>
    public static string? CountryOf(string capital) => CountryOfCapital.GetValueOrDefault(capital.Trim());

    /// <summary>The capitals and their countries; a city-state ("Singapore = Singapore") adds nothing to search for.</summary>
    private static Dictionary<string, string> Load() => EmbeddedData.Pairs("DiplomacyBot.Core.Text.Lexicons.capitals.txt")
        .Where(pair => !string.Equals(pair.Key, pair.Value, StringComparison.OrdinalIgnoreCase))
        .ToDictionary(StringComparer.OrdinalIgnoreCase);
}
