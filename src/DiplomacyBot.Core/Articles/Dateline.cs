using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Articles;

/// <summary>
/// The place a wire story was filed from, read from its dateline ("KUALA LUMPUR, Oct 20" gives "Kuala Lumpur"). A
/// story's "here" ("the talks, which opened here yesterday") means that place.
/// </summary>
public static partial class Dateline
{
    /// <summary>The place of the article's dateline cue, or null when it has none.</summary>
    public static string? PlaceOf(Article article)
    {
        foreach (DateCue cue in article.Published.Cues)
        {
            if (cue.Kind == DateCueKind.Dateline && PlaceOf(cue.Text) is { } place)
            {
                return place;
            }
        }

        return null;
    }

    /// <summary>The place that opens a dateline, in ordinary capitalisation; null when the text does not open with one.</summary>
    public static string? PlaceOf(string dateline)
    {
        Match m = Place().Match(dateline);
        if (!m.Success)
        {
            return null;
        }

        var words = m.Groups["place"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select(Capitalise));
    }

    private static string Capitalise(string word)
    {
        // "NEW" -> "New", "AL-KHOBAR" -> "Al-Khobar"; abbreviations with dots ("U.S.") and mixed case stay as written.
        if (word.Contains('.', StringComparison.Ordinal) || word.Any(char.IsLower))
        {
            return word;
        }

        return string.Join('-', word.Split('-').Select(part => part.Length <= 1 ? part : part[0] + part[1..].ToLowerInvariant()));
    }

    [GeneratedRegex(@"^\s*(?<place>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*,")]
    private static partial Regex Place();
}
