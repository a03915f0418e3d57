using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Text;

/// <summary>Regions of the world (<c>Text/Lexicons/regions.txt</c>: "Latin America", "Middle East"), found in a text by name.</summary>
public static class Regions
{
    private static readonly Regex Named = new(
        @"(?<![\p{L}\p{N}])(?:" + string.Join('|', EmbeddedData.Entries(EmbeddedData.Read("DiplomacyBot.Core.Text.Lexicons.regions.txt"))
            .OrderByDescending(r => r.Length).Select(r => Regex.Escape(r).Replace(@"\ ", @"\s+", StringComparison.Ordinal))) + @")(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Whether the word, or words, are the whole name of a region or of its peoples ("Africa", "African").</summary>
    public static bool Is(string words) => Named.Match(words) is { Success: true } m && m.Length == words.Length;

    /// <summary>Where the text names a region, as it is written (with its capitals).</summary>
    public static IEnumerable<(int Start, int End)> In(string text) => Named.Matches(text).Select(m => (m.Index, m.Index + m.Length));
}
