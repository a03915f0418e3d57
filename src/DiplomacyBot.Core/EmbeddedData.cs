namespace DiplomacyBot.Core;

/// <summary>The data files shipped inside this assembly (lexicons, gazetteers, fitted weights).</summary>
internal static class EmbeddedData
{
    /// <summary>The whole text of an embedded file, by its logical name ("DiplomacyBot.Core.Events.places.txt").</summary>
    public static string Read(string resource)
    {
        using Stream stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource}: missing from {typeof(EmbeddedData).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The lines of a data file that say something: trimmed, without blank lines and '#' comments.</summary>
    public static IEnumerable<string> Entries(string text) => text.Split('\n')
        .Select(line => line.Trim())
        .Where(line => line.Length > 0 && !line.StartsWith('#'));

    /// <summary>
    /// The "key = value" entries of a data file, keys in any case; a line without both sides says nothing. A later
    /// entry for a key replaces an earlier one.
    /// </summary>
    public static Dictionary<string, string> Pairs(string resource)
    {
        var pairs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string line in Entries(Read(resource)))
        {
            string[] parts = line.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0)
            {
                pairs[parts[0]] = parts[1];
            }
        }

        return pairs;
    }
}
