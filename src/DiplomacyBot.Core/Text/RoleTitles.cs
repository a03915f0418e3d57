using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Text;

/// <summary>
/// The titles of offices (<c>Text/Lexicons/role-titles.txt</c>): "who is Vietnam's foreign minister?" asks for the
/// person the articles give that title, so a sentence naming someone else does not answer it.
/// </summary>
public static class RoleTitles
{
    private static readonly IReadOnlyDictionary<string, string> TitleOf = Load();

    private static readonly Regex Any = new(
        @"\b(?<title>" + string.Join('|', TitleOf.Keys.OrderByDescending(k => k.Length).Select(Spelled)) + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// Holders of an office named together ("both presidents", "the two foreign ministers", "the leaders"): who did
    /// something may be answered by them as well as by a name.
    /// </summary>
    private static readonly Regex Group = new(
        @"\b(?:both|the|all|all\s+the|the\s+(?:two|three|four|five))\s+(?:[\p{L}-]+\s+)?(?<holders>(?:" + string.Join('|', TitleOf.Keys.OrderByDescending(k => k.Length).Select(Plural).Select(Spelled)) + @"|leaders|heads\s+of\s+(?:state|government)))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The holders of an office named together in <paramref name="text"/> ("both presidents"); null when none.</summary>
    public static string? GroupIn(string text) => Group.Match(text) is { Success: true } m ? m.Value : null;

    /// <summary>The plural of a title: "presidents", "chairmen", "secretaries", "secretaries of state".</summary>
    private static string Plural(string title)
    {
        string[] words = title.Split(' ');
        int head = words.Length > 2 && words[1] == "of" ? 0 : words.Length - 1;
        string w = words[head];
        words[head] = w.EndsWith("man", StringComparison.Ordinal) ? w[..^3] + "men"
            : w.EndsWith('y') && !"aeiou".Contains(w[^2], StringComparison.Ordinal) ? w[..^1] + "ies"
            : w.EndsWith('s') ? w + "es"
            : w + "s";
        return string.Join(' ', words);
    }

    /// <summary>Each title's spellings as one pattern, made when first needed.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Mentions = new(StringComparer.Ordinal);

    /// <summary>The first title named in <paramref name="text"/> (the longest where several start together); null when none.</summary>
    public static string? Find(string text) =>
        Any.Match(text) is { Success: true } m ? TitleOf[Normal(m.Groups["title"].Value)] : null;

    /// <summary>Where the first title named in <paramref name="text"/> ends; null when it names none.</summary>
    public static int? EndOfFirst(string text) => Any.Match(text) is { Success: true } m ? m.Index + m.Length : null;

    /// <summary>Whether <paramref name="text"/> names the title, in any of its spellings.</summary>
    public static bool Mentioned(string title, string text) =>
        TitleOf.ContainsKey(title) && Mentions.GetOrAdd(title, t => new Regex(@"\b(?:" + Alternation(t) + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)).IsMatch(text);

    /// <summary>The title's spellings as a regular-expression alternation ("defence\s+minister|defense\s+minister|...").</summary>
    public static string Alternation(string title) =>
        string.Join('|', TitleOf.Where(kv => kv.Value == title).Select(kv => Spelled(kv.Key)));

    private static string Spelled(string spelling) => Regex.Escape(spelling).Replace(@"\ ", @"\s+", StringComparison.Ordinal);

    private static string Normal(string spelling) => string.Join(' ', spelling.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static Dictionary<string, string> Load()
    {
        var titles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var table = TaggedWords.Load("role-titles");
        foreach (string title in table.Values(0))
        {
            string name = title.Replace('_', ' ');
            titles[name] = name;
            foreach (string spelling in table.Columns(title))
            {
                titles[spelling.Replace('_', ' ')] = name;
            }
        }

        return titles;
    }
}
