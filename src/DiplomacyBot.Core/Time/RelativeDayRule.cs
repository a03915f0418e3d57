using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Time;

/// <summary>
/// Days named relative to the reference: "today", "yesterday", "tomorrow", "tonight", "this morning", "last night",
/// "late yesterday", "yesterday afternoon". Parts of a day become TIMEX3 TIME values (e.g. "2025-04-24TNI").
/// </summary>
internal sealed partial class RelativeDayRule : ITimexRule
{
    private static readonly System.Buffers.SearchValues<string> Keywords = RuleKeywords.Create("today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night");

    public void Apply(TagContext context)
    {
        if (!(context.Mentions(Keywords)))
        {
            return;
        }

        foreach (Match m in RelativeDayRegex().Matches(context.Text))
        {
            var word = m.Groups["word"].Value.ToLowerInvariant().TrimEnd(' ', '-');
            var offset = word switch
            {
                "yesterday" => -1,
                "tomorrow" => 1,
                "last" => -1,
                _ when word.Contains("before", StringComparison.Ordinal) => -2,
                _ when word.Contains("after", StringComparison.Ordinal) => 2,
                _ => 0,
            };
            var part = m.Groups["part"].Success ? PartOfDay(m.Groups["part"].Value) : word is "tonight" or "last" ? "NI" : null;
            if (word is "this" or "last" or "early" or "late" or "mid" && part is null)
            {
                continue;
            }

            var day = context.Reference is { } r ? TimexFormat.Day(r.AddDays(offset)) : "XXXX-XX-XX";
            if (part is null)
            {
                context.Add(m, TimexType.Date, day, priority: 3);
            }
            else
            {
                context.Add(m, TimexType.Time, day + "T" + part, priority: 3);
            }
        }
    }

    /// <summary>TIMEX3 codes for parts of the day.</summary>
    public static string PartOfDay(string word) => word.ToLowerInvariant() switch
    {
        "morning" or "mornings" => "MO",
        "afternoon" or "afternoons" => "AF",
        "evening" or "evenings" => "EV",
        _ => "NI",
    };

    [GeneratedRegex(
        @"(?<![A-Za-z])(?:(?:early|late|mid)[\s-]?(?<part>morning|afternoon|evening)\s+(?<word>yesterday|today|tomorrow)(?![A-Za-z])|(?:(?:early|late|earlier|later)\s+)?" +
        @"(?:(?<word>today|yesterday|tomorrow|tonight|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)(?:\s+(?<part>morning|afternoon|evening|night))?" +
        @"|(?<word>this)\s+(?<part>morning|afternoon|evening)|(?<word>last)\s+(?<part>night)|(?<word>(?:early|late|mid)[\s-]?)(?<part>morning|afternoon|evening))(?![A-Za-z]))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RelativeDayRegex();
}
