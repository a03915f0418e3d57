using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Text;

/// <summary>
/// Years written with two digits, as people type them in chat: "the '87 budget", "the crash in 85", "the 87 budget". A
/// number that counts something is none: "the 12 hour talks", "the 85 mln loan", "the 12 industrialised donors".
/// </summary>
public static partial class ShortYears
{
    /// <summary>The two-digit numbers in the text that stand for years, as (index, length) of their digits.</summary>
    public static IEnumerable<(int Index, int Length)> In(string text)
    {
        foreach (Match m in Written().Matches(text))
        {
            Group digits = m.Groups["yy"];
            bool named = m.Groups["before"].Value.Equals("the", StringComparison.OrdinalIgnoreCase);
            int end = digits.Index + digits.Length;
            if (m.Groups["apostrophe"].Success || (!Counts(text, end) && (!named || NextWord().IsMatch(text, end))))
            {
                yield return (digits.Index, digits.Length);
                // "in 86 and 87": the year that goes on from it is one too.
                if (Range().Match(text, end) is { Success: true } range && range.Groups["to"].Length == 2)
                {
                    yield return (range.Groups["to"].Index, 2);
                }
            }
        }
    }

    /// <summary>
    /// The full years a two-digit one may stand for: the one that is at most ten years after the reference day, or,
    /// with no reference day, the one in each of the two centuries people mean.
    /// </summary>
    public static IReadOnlyList<int> Years(int twoDigits, DateOnly? reference)
    {
        if (twoDigits is < 0 or > 99)
        {
            return [];
        }

        if (reference is not { } day)
        {
            return [1900 + twoDigits, 2000 + twoDigits];
        }

        int year = (day.Year / 100 * 100) + twoDigits;
        return [year > day.Year + 10 ? year - 100 : year];
    }

    /// <summary>
    /// Whether the words right after a number make it a count: a unit ("12 hour", "85 mln", "5 pct"), a range ("from 10
    /// to 12") or, before the end of the phrase, a plural ("12 industrialised donors"). "The 87 budget" names a thing of
    /// that year; "the 12" alone is a number.
    /// </summary>
    private static bool Counts(string text, int end)
    {
        int at = end;
        for (int i = 0; i < 3; i++)
        {
            Match word = NextWord().Match(text, at);
            if (!word.Success)
            {
                return false;
            }

            string w = word.Groups["w"].Value;
            if (i == 0 && Range().Match(text, word.Index) is { Success: true } range)
            {
                // "from 10 to 12 pct" counts, "in 86 and 87" names two years: as the number after it is read.
                return Counts(text, range.Index + range.Length);
            }

            if (i == 0 && Unit().IsMatch(w))
            {
                return true;
            }

            if (PhraseEnd().IsMatch(w))
            {
                return false;
            }

            if (Plural().IsMatch(w))
            {
                return true;
            }

            at = word.Index + word.Length;
        }

        return false;
    }

    /// <summary>
    /// Two digits after an apostrophe ("'87"), or after a word that a year follows ("in 85", "the 87 budget", "fiscal
    /// 88"; not "by", after which a number is mostly a change: "fell by 30"); not a share ("5%"), a decade ("'80s"), a
    /// part of a longer number or of a compound ("12-hour").
    /// </summary>
    [GeneratedRegex(@"(?:(?<apostrophe>(?<![\p{L}\p{N}])['’])|\b(?<before>in|since|during|until|till|through|from|of|for|fiscal|fy|the|late|early|mid)\s+)(?<yy>\d{2})(?![\p{N}\p{L}%'’-]|[.,/]\d|\s*(?:%|(?:pct|per\s*cent|percent)\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Written();

    /// <summary>A range of numbers goes on: "from 10 to 12", "10 or 12", up to the end of its second number.</summary>
    [GeneratedRegex(@"\G\s+(?:to|and|or|through)\s+(?<to>\d+)(?![\d.,])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Range();

    /// <summary>A plural noun in lower case ("donors", "talks"); not "crisis", "bonus", "press", nor a name.</summary>
    [GeneratedRegex(@"^\p{Ll}{3,}(?<![ius])s$", RegexOptions.CultureInvariant)]
    private static partial Regex Plural();

    /// <summary>The next word, with only spaces before it.</summary>
    [GeneratedRegex(@"\G\s+(?<w>[\p{L}]+)", RegexOptions.CultureInvariant)]
    private static partial Regex NextWord();

    /// <summary>Words of measure, of number and of a month that make the digits before them no year.</summary>
    [GeneratedRegex(@"^(?:pct|percent|per|cent|mln|bln|mn|bn|million|billion|trillion|thousand|hundred|dozen|hour|hr|day|week|month|year|minute|point|ton|tonne|mile|km|dlr|dollar|yen|mark|franc|pound|member|nation|state|country|seat|page|times|odd|plus|more|other|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unit();

    /// <summary>Words that end the phrase a number belongs to.</summary>
    [GeneratedRegex(@"^(?:and|or|but|to|for|in|on|at|by|with|from|of|is|was|are|were|be|did|does|do|has|have|had|that|which|what|when|how|who|why|where)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhraseEnd();
}
