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

    private static Dictionary<string, string> Load()
    {
        var countries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string line in EmbeddedData.Entries(EmbeddedData.Read("DiplomacyBot.Core.Text.Lexicons.capitals.txt")))
        {
            string[] parts = line.Split('=', 2, StringSplitOptions.TrimEntries);
            // A city-state ("Singapore = Singapore") adds nothing to search for.
            if (parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0 && !string.Equals(parts[0], parts[1], StringComparison.OrdinalIgnoreCase))
            {
                countries[parts[0]] = parts[1];
            }
        }

        return countries;
    }
}
