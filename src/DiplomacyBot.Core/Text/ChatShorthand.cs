using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Text;

/// <summary>
/// Chat shorthand (<c>Text/Lexicons/chat-shorthand.txt</c>: "hrs", "govt", "mtg", "dc") written out, so a question
/// typed as people type in chat is read as the words it stands for.
/// </summary>
public static class ChatShorthand
{
    private static readonly IReadOnlyDictionary<string, string> WordsFor = EmbeddedData.Pairs("DiplomacyBot.Core.Text.Lexicons.chat-shorthand.txt");

    private static readonly Regex Typed = new(
        @"(?<![\p{L}\p{N}.'’/&-])(?:" + string.Join('|', WordsFor.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")(?![\p{L}\p{N}'’&-]|\.\p{L})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The text with each shorthand word replaced by the words it stands for.</summary>
    public static string Expanded(string text) => Typed.Replace(text ?? string.Empty, m => WordsFor[m.Value]);
}
