using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using static DiplomacyBot.Core.Time.TimexPatterns;

namespace DiplomacyBot.Core.Time;

/// <summary>
/// Seasons: "this fall" (YYYY-FA), "last summer", "next spring", "the winter of 1994", "in the autumn".
/// A season word needs a determiner, preposition or year next to it, so "prices fall" is not a date.
/// </summary>
internal sealed partial class SeasonRule : ITimexRule
{
    private static readonly FrozenSet<string> Introducers = NeighbourWords.Introducers("throughout", "over", "this", "last", "next", "each", "every");

    public System.Buffers.SearchValues<string> Keywords { get; } = RuleKeywords.Create("spring", "summer", "autumn", "fall", "winter");

    public void Apply(TagContext context)
    {
        var text = context.Text;
        foreach (Match m in SeasonRegex().Matches(text))
        {
            var code = CalendarWords.Season(m.Groups["season"].Value);
            var relation = Relation(m.Groups["rel"].Value);
            var hasYear = m.Groups["year"].Success;
            if (!hasYear && !IsIntroduced(text, m, relation))
            {
                continue;
            }

            context.Add(m, TimexType.Date, Resolve(context, m, code, relation), priority: 4);
        }
    }

    private static bool IsIntroduced(string text, Match m, string relation)
    {
        var afterSeason = m.Groups["season"].Index + m.Groups["season"].Length;

        // "the fall of Baghdad", "spring up", "fall to", "summer camp" is still a season; verbs and events are not.
        // "last fall in his home": after "last", "this" or "next" the word is the season whatever follows.
        var rest = text.AsSpan(afterSeason);
        var named = relation.Length > 0 && relation is not "the";
        if (!named && (rest.StartsWith(" of ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith(" in ", StringComparison.OrdinalIgnoreCase) ||
            rest.StartsWith(" to ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith(" back", StringComparison.OrdinalIgnoreCase) ||
            rest.StartsWith(" up", StringComparison.OrdinalIgnoreCase) || rest.StartsWith(" by ", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if ((relation.Length > 0 && relation is not "the") || m.Groups["mod"].Success)
        {
            return true;
        }

        return Introducers.Contains(NeighbourWords.Before(text, m.Index));
    }

    private static string Resolve(TagContext context, Match m, string code, string relation)
    {
        if (m.Groups["year"].Success)
        {
            return TimexFormat.Season(NumberWords.TryParseYear(m.Groups["year"].Value, out var spelled) ? spelled : 0, code);
        }

        if (context.Reference is not { } r)
        {
            return "XXXX-" + code;
        }

        // The "season year" of a January date is the previous year: its winter began in December.
        var current = CalendarWords.SeasonOf(r);
        var currentYear = current == "WI" && r.Month <= 2 ? r.Year - 1 : r.Year;
        var currentIndex = (currentYear * 4) + CalendarWords.SeasonIndex(current);
        var targetIndexThisYear = (currentYear * 4) + CalendarWords.SeasonIndex(code);
        int year = relation switch
        {
            "this" => currentYear,
            "last" or "this past" => targetIndexThisYear < currentIndex ? currentYear : currentYear - 1,
            "next" or "this coming" => targetIndexThisYear > currentIndex ? currentYear : currentYear + 1,
            _ => ReferenceResolver.PickYear(r, context.TenseAround(m.Index, m.Index + m.Length), y => CalendarWords.SeasonRange(y, code)),
        };
        return TimexFormat.Season(year, code);
    }

    [GeneratedRegex(
        @"(?<![A-Za-z])(?:(?<rel>this\s+past|this\s+coming|last|this|next|the)\s+|(?<mod>" + Modifier + @"))?(?:(?:the|early|late|mid)[\s-]+)?" +
        @"(?<season>spring|summer|autumn|fall|winter)(?![A-Za-z])(?:\s+(?:of\s+)?(?<year>" + AnyYear + @"))?",
        TimexPatterns.Options)]
    private static partial Regex SeasonRegex();
}
