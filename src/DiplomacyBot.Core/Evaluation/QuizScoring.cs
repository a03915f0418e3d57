using System.Text;
using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Evaluation;

/// <summary>
/// Scores an answer to a multiple-choice news quiz question (RealTime QA) as its README defines: text and choices
/// normalised (accents folded, lower case, quotes straightened, "1,000" as "1000", [a-z0-9]+ tokens, a final plural
/// "s" dropped); a choice appears when its tokens occur at token boundaries, except inside a longer other choice that
/// holds it; the answer is right when the correct choice appears and no other one does.
/// </summary>
public static partial class QuizScoring
{
    public static bool IsRight(string text, IReadOnlyList<string> choices, int correct)
    {
        var present = Present(text, choices);
        return present.Contains(correct) && present.Count == 1;
    }

    /// <summary>The indices of the choices that appear in the text.</summary>
    public static IReadOnlySet<int> Present(string text, IReadOnlyList<string> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        string[] tokens = Tokens(text);
        var choiceTokens = choices.Select(Tokens).ToList();
        var found = new HashSet<int>();
        for (int c = 0; c < choiceTokens.Count; c++)
        {
            string[] wanted = choiceTokens[c];
            if (wanted.Length == 0)
            {
                continue;
            }

            foreach (int at in Occurrences(tokens, wanted))
            {
                // An occurrence that is part of a longer choice's occurrence is that choice's, not this one's.
                bool inLonger = choiceTokens.Where((other, o) => o != c && other.Length > wanted.Length)
                    .Any(other => Occurrences(tokens, other).Any(start => start <= at && at + wanted.Length <= start + other.Length));
                if (!inLonger)
                {
                    found.Add(c);
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>The lead without a leading "According to OUTLET (DATE):" attribution.</summary>
    public static string WithoutAttribution(string lead) => Attribution().Replace(lead ?? string.Empty, string.Empty, 1);

    public static string[] Tokens(string text)
    {
        string folded = Fold(text ?? string.Empty).ToLowerInvariant()
            .Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"');
        for (string before = string.Empty; before != folded;)
        {
            before = folded;
            folded = Thousands().Replace(folded, "$1$2");
        }

        return [.. Word().Matches(folded).Select(m => m.Value.Length > 3 && m.Value.EndsWith('s') ? m.Value[..^1] : m.Value)];
    }

    private static IEnumerable<int> Occurrences(string[] tokens, string[] wanted)
    {
        for (int i = 0; i + wanted.Length <= tokens.Length; i++)
        {
            bool match = true;
            for (int j = 0; j < wanted.Length && match; j++)
            {
                match = tokens[i + j] == wanted[j];
            }

            if (match)
            {
                yield return i;
            }
        }
    }

    /// <summary>
    /// Latin letters with accents as their plain letters. A table rather than Unicode decomposition: the program runs
    /// with invariant globalization, where normalisation leaves non-ASCII text as it is.
    /// </summary>
    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char ch in text)
        {
            int at = Accented.IndexOf(ch, StringComparison.Ordinal);
            if (at >= 0)
            {
                builder.Append(Plain[at]);
            }
            else if (ch is 'ß')
            {
                builder.Append("ss");
            }
            else if (ch is 'æ' or 'Æ')
            {
                builder.Append("ae");
            }
            else if (ch is 'œ' or 'Œ')
            {
                builder.Append("oe");
            }
            else
            {
                builder.Append(ch);
            }
        }

        return builder.ToString();
    }

    private const string Accented = "àáâãäåāăąçćčďèéêëēėęěğìíîïīįıłñńňòóôõöøōőŕřśšşťùúûüūůűųýÿźżžÀÁÂÃÄÅĀĂĄÇĆČĎÈÉÊËĒĖĘĚĞÌÍÎÏĪĮİŁÑŃŇÒÓÔÕÖØŌŐŔŘŚŠŞŤÙÚÛÜŪŮŰŲÝŸŹŻŽ";

    private const string Plain = "aaaaaaaaacccdeeeeeeeegiiiiiiilnnnoooooooorrssstuuuuuuuuyyzzzAAAAAAAAACCCDEEEEEEEEGIIIIIIILNNNOOOOOOOORRSSSTUUUUUUUUYYZZZ";

    [GeneratedRegex(@"(\d),(\d{3})")]
    private static partial Regex Thousands();

    [GeneratedRegex(@"[a-z0-9]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^\s*According to .{1,200}?\([^)]*\):\s*")]
    private static partial Regex Attribution();
}
