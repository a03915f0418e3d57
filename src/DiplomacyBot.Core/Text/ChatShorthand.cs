using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Text;

/// <summary>
/// Chat shorthand (<c>Text/Lexicons/chat-shorthand.txt</c>: "hrs", "govt", "mtg", "dc") written out, so a question
/// typed as people type in chat is read as the words it stands for.
/// </summary>
public static class ChatShorthand
{
    private static readonly IReadOnlyDictionary<string, string> WordsFor = Load();

    private static readonly Regex Typed = new(
        @"(?<![\p{L}\p{N}.'’/&-])(?:" + string.Join('|', WordsFor.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")(?![\p{L}\p{N}'’&-]|\.\p{L})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The text with each shorthand word replaced by the words it stands for.</summary>
    public static string Expanded(string text) => Typed.Replace(text ?? string.Empty, m => WordsFor[m.Value]);

    private static Dictionary<string, string> Load()
    {
        var words = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string line in EmbeddedData.Entries(EmbeddedData.Read("DiplomacyBot.Core.Text.Lexicons.chat-shorthand.txt")))
        {
            string[] parts = line.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0)
            {
                words[parts[0]] = parts[1];
            }
        }

        return words;
    }
}
