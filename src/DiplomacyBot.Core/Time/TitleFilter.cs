using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Time;

/// <summary>
/// Recognises time words used inside names of shows, films and publications: ABC's "This Week", CBS's "60 Minutes",
/// "High Noon", "VOA Today". A common time word is only capitalised mid-sentence when it is part of such a title,
/// and TimeBank does not annotate those. Months, weekdays and holidays are capitalised anyway and are not checked.
/// </summary>
internal static partial class TitleFilter
{
    public static bool LooksLikeTitle(string text, int start, int end)
    {
        foreach (var m in CapitalisedTimeWord().EnumerateMatches(text.AsSpan(start, end - start)))
        {
            if (m.Index == 0 && IsSentenceInitial(text, start))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    /// <summary>True when only spaces, quotes or brackets separate the position from the end of a sentence.</summary>
    internal static bool IsSentenceInitial(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '\'' or '`' or '\u201C' or '\u2018' or '(' or '['))
        {
            if (text[i] == '\n' && i > 0 && text[i - 1] == '\n')
            {
                return true;
            }

            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or ':' or ';' or '_' or '-' or '\n' or '\u2014';
    }

    [GeneratedRegex(
        @"(?<![A-Za-z])(?-i:Today|Tonight|Tomorrow|Yesterday|Now|Noon|Midnight|This|Next|Last|Weeks?|Weekend|Months?|Years?|Hours?|Minutes?|Seconds?|Days|Mornings?|Afternoon|Evening|Night|Future|Past|Present|Century|Decade|Daily|Weekly|Monthly|Annually|Currently|Recently|Soon|Moment)(?![A-Za-z])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex CapitalisedTimeWord();
}
