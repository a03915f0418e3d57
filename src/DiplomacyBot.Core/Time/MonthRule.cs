using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using static DiplomacyBot.Core.Time.TimexPatterns;

namespace DiplomacyBot.Core.Time;

/// <summary>
/// Months without a day: "March 1987", "last May", "early November", "in February", "June last year".
/// A year-less month takes the year nearest the reference in the direction the sentence's tense points.
/// </summary>
internal sealed partial class MonthRule : ITimexRule
{
    // "May" and "March" double as a modal and a verb/noun; alone they need one of these words just before them.
    private static readonly FrozenSet<string> DateIntroducers = NeighbourWords.Introducers(
        "to", "mid", "last", "next", "this", "between", "or", "throughout", "around", "on", "that", "each", "every");

    // Or between a determiner and the meeting it dates: "their May meeting", "the March summit".
    private static readonly FrozenSet<string> Determiners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "the", "a", "its", "their", "his", "her", "our");

    private static readonly Regex MeetingNext = new(@"^\s+(?:" + Text.EventWords.Meeting + @")\b", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    private static readonly HashSet<string> FullNames =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    public System.Buffers.SearchValues<string> Keywords { get; } = RuleKeywords.Create("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    public void Apply(TagContext context)
    {
        foreach (Match m in MonthRegex().Matches(context.Text))
        {
            var monthText = m.Groups["month"].Value;
            var hasYear = m.Groups["year"].Success || m.Groups["yrel"].Success;
            var hasRelative = m.Groups["rel"].Success || m.Groups["mod"].Success;
            if (!hasYear && !FullNames.Contains(monthText))
            {
                // Abbreviations ("Aug.") only count as a month when a year follows.
                continue;
            }

            if (!hasYear && !hasRelative && monthText is "May" or "March" && !PrecededByIntroducer(context.Text, m.Index)
                && !NamesAMeeting(context.Text, m))
            {
                continue;
            }

            var month = CalendarWords.Month(monthText);
            context.Add(m, TimexType.Date, Resolve(context, m, month), priority: 4);
        }
    }

    /// <summary>"their May meeting", "the March summit": a month between a determiner and the meeting it dates.</summary>
    private static bool NamesAMeeting(string text, Match m) =>
        Determiners.Contains(NeighbourWords.Before(text, m.Index)) && MeetingNext.IsMatch(text.AsSpan(m.Index + m.Length));

    private static string Resolve(TagContext context, Match m, int month)
    {
        if (m.Groups["year"].Success)
        {
            return TimexFormat.Month(NumberWords.TryParseYear(m.Groups["year"].Value, out var spelled) ? spelled : 0, month);
        }

        if (context.Reference is not { } reference)
        {
            return string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:D2}");
        }

        if (m.Groups["yrel"].Success)
        {
            var offset = m.Groups["yrel"].Value.ToLowerInvariant() switch { "last" => -1, "next" => 1, _ => 0 };
            return TimexFormat.Month(reference.Year + offset, month);
        }

        var relation = Relation(m.Groups["rel"].Value);
        if (relation == "this")
        {
            return TimexFormat.Month(reference.Year, month);
        }

        var tense = relation switch
        {
            "last" or "this past" => TenseDirection.Past,
            "next" or "this coming" => TenseDirection.Future,
            _ => context.TenseAround(m.Index, m.Index + m.Length),
        };

        // "last May" said in May means a year ago, not this month.
        // "In January, the company brought in a new chief": a month fronted to open a past-tense account is the
        // one already gone, even when the coming one is nearer.
        var fronted = tense == TenseDirection.Past && !m.Groups["mod"].Success && m.Index >= 3 &&
            FrontedIn().IsMatch(context.Text.AsSpan(Math.Max(0, m.Index - 3), Math.Min(3, m.Index))) &&
            TitleFilter.IsSentenceInitial(context.Text, m.Index - 3) &&
            m.Index + m.Length < context.Text.Length && context.Text[m.Index + m.Length] == ',';
        var year = ReferenceResolver.PickYearForMonth(reference, tense, month, strict: relation.Length > 0 || fronted);
        if (m.Groups["rel"].Success && month == reference.Month && year == reference.Year)
        {
            year += tense == TenseDirection.Past ? -1 : tense == TenseDirection.Future ? 1 : 0;
        }

        // "last February" said on March 1: the month just gone would be "last month", so the name points a year
        // further back.
        if (relation is "last" && (reference.Year * 12) + reference.Month - ((year * 12) + month) == 1)
        {
            year--;
        }

        return TimexFormat.Month(year, month);
    }

    private static bool PrecededByIntroducer(string text, int index) => DateIntroducers.Contains(NeighbourWords.Before(text, index));

    [GeneratedRegex(@"^In\s$")]
    private static partial Regex FrontedIn();

    [GeneratedRegex(
        @"(?<![A-Za-z])(?:(?<rel>last|this\s+past|this\s+coming|this|next)\s+|(?<mod>" + Modifier + @"))?(?<month>" + Month + ")" +
        @"(?:\s*,?\s+(?:of\s+)?(?<year>" + AnyYear + @")|\s+(?<yrel>this|last|next)\s+year|(?!\s*,?\s*\d))",
        TimexPatterns.Options)]
    private static partial Regex MonthRegex();
}
