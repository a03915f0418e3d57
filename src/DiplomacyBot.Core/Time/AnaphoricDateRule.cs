using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Time;

/// <summary>
/// Expressions that point at the date the story was just talking about: "that year", "later that day",
/// "the same month", "the following year", "the previous day", "the next morning". The value is filled in by
/// <see cref="DiscourseResolver"/> from the last date mentioned; until then it is the reference-based guess.
/// </summary>
internal sealed partial class AnaphoricDateRule : ITimexRule
{
    public System.Buffers.SearchValues<string> Keywords { get; } = RuleKeywords.Create("that ", "the same", "following", "previous", "preceding", "prior", "the next");

    public void Apply(TagContext context)
    {
        foreach (Match m in AnaphoricRegex().Matches(context.Text))
        {
            var unitWord = m.Groups["unit"].Value.ToLowerInvariant();
            var unit = unitWord switch
            {
                "year" => AnchorUnit.Year,
                "month" => AnchorUnit.Month,
                _ => AnchorUnit.Day,
            };
            var offset = m.Groups["rel"].Value.ToLowerInvariant() switch
            {
                "following" or "next" => 1,
                "previous" or "preceding" or "prior" => -1,
                _ => 0,
            };
            var fallback = (context.Reference is { } r ? Shift(r, unit, offset) : null) ?? unit switch
            {
                AnchorUnit.Year => "XXXX",
                AnchorUnit.Month => "XXXX-XX",
                _ => "XXXX-XX-XX",
            };
            var type = unitWord is "morning" or "afternoon" or "evening" or "night" ? TimexType.Time : TimexType.Date;
            var suffix = type == TimexType.Time ? "T" + RelativeDayRule.PartOfDay(unitWord) : "";
            context.Add(new TimexCandidate(m.Index, m.Index + m.Length, type, fallback + suffix, 2, DiscourseAnchor.LastMentionedDate, unit, offset));
        }
    }

    /// <summary>The date moved by whole units, or null when that leaves the calendar.</summary>
    internal static string? Shift(DateOnly date, AnchorUnit unit, int offset) => unit switch
    {
        AnchorUnit.Year => SafeCalendar.TryAddYears(date.Year, offset, out var y) ? TimexFormat.Year(y) : null,
        AnchorUnit.Month => SafeCalendar.TryAddMonths(date, offset, out var m) ? TimexFormat.Month(m.Year, m.Month) : null,
        _ => SafeCalendar.TryAddDays(date, offset, out var d) ? TimexFormat.Day(d) : null,
    };

    [GeneratedRegex(
        @"(?<![A-Za-z])(?:(?:(?:earlier|later|early|late)\s+(?:in\s+)?)?that\s+(?:same\s+)?|the\s+same\s+|the\s+(?<rel>following|previous|preceding|prior)\s+)(?<unit>day|month|year)(?![A-Za-z-])" +
        @"|(?<![A-Za-z])the\s+(?<rel>next|following|previous|preceding)\s+(?<unit>day|morning|afternoon|evening|night)(?![A-Za-z-])",
        TimexPatterns.Options)]
    private static partial Regex AnaphoricRegex();
}
