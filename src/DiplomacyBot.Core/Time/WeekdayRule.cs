using System.Text.RegularExpressions;
using static DiplomacyBot.Core.Time.TimexPatterns;

namespace DiplomacyBot.Core.Time;

/// <summary>
/// Weekdays ("on Thursday", "last Friday", "Sunday night"), resolved to the exact date: the sentence's tense picks
/// the past or the coming occurrence; with no cue, the nearer one (ties go to the past).
/// </summary>
internal sealed partial class WeekdayRule : ITimexRule
{
    public System.Buffers.SearchValues<string> Keywords { get; } = RuleKeywords.Create("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

    public void Apply(TagContext context)
    {
        foreach (Match m in WeekdayRegex().Matches(context.Text))
        {
            var day = CalendarWords.Weekday(m.Groups["wd"].Value);
            // TimeBank values "Friday night" and "Tuesday morning" as the day itself about twice as often as with a
            // part of day (TNI, TMO); "Friday evening" and "Sunday afternoon" keep theirs.
            var part = m.Groups["part"].Success && (m.Groups["part"].Value.ToLowerInvariant() is "evening" or "afternoon" || m.Groups["early"].Success)
                ? "T" + RelativeDayRule.PartOfDay(m.Groups["part"].Value)
                : "";
            var type = part.Length > 0 ? TimexType.Time : TimexType.Date;
            if (context.Reference is not { } reference)
            {
                context.Add(m, type, "XXXX-WXX-" + TimexFormat.Number(CalendarWords.IsoWeekday(day)) + part, priority: 4);
                continue;
            }

            var date = m.Groups["rel"].Value.ToLowerInvariant() switch
            {
                "last" or "this past" or "the previous" or "the prior" => StrictlyBefore(reference, day),
                "next" or "this coming" or "the following" or "the next" => StrictlyAfter(reference, day),
                "this" => ReferenceResolver.Weekday(reference, day, TenseDirection.None),
                // "Friday's purchases", "Thursday's closing price": the possessive names an event the story
                // reports, whatever the tense of the sentence around it, so the latest such day is meant.
                _ when IsPossessive(context.Text, m.Index + m.Length) => ReferenceResolver.Weekday(reference, day, TenseDirection.Past),
                _ => ReferenceResolver.Weekday(reference, day, context.TenseAround(m.Index, m.Index + m.Length)),
            };
            context.Add(m, type, TimexFormat.Day(date) + part, priority: 4);
        }
    }

    private static bool IsPossessive(string text, int end) =>
        end + 1 < text.Length && text[end] is '\'' or '\u2019' && text[end + 1] is 's' && (end + 2 == text.Length || !char.IsLetter(text[end + 2]));

    internal static DateOnly StrictlyBefore(DateOnly reference, DayOfWeek day)
    {
        var back = ((int)reference.DayOfWeek - (int)day + 7) % 7;
        return reference.AddDays(back == 0 ? -7 : -back);
    }

    internal static DateOnly StrictlyAfter(DateOnly reference, DayOfWeek day)
    {
        var ahead = ((int)day - (int)reference.DayOfWeek + 7) % 7;
        return reference.AddDays(ahead == 0 ? 7 : ahead);
    }

    [GeneratedRegex(
        @"(?<![A-Za-z])(?:(?<rel>last|this\s+past|this\s+coming|this|next|the\s+previous|the\s+prior|the\s+following|the\s+next)\s+|(?<early>early|late|earlier|later)(?:\s+on)?\s+)?" +
        @"(?<wd>" + Weekday + @")(?!s\b)(?:\s+(?<part>morning|afternoon|evening|night))?",
        TimexPatterns.Options)]
    private static partial Regex WeekdayRegex();
}
