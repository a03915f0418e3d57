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
        if (context.Text.Contains(" day", StringComparison.Ordinal))
        {
            foreach (Match m in NthDayRegex.Matches(context.Text))
            {
                // "Today is the eighth day of Desert Shield", "It's the second day of an offensive": the count
                // names the day the story is told on.
                context.Add(m, TimexType.Date, context.Reference is { } nr ? TimexFormat.Day(nr) : "XXXX-XX-XX", priority: 3);
            }
        }

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

            if (part is null && word is "today" or "tomorrow" && IsGeneric(context.Text, m.Index, m.Index + m.Length))
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

    /// <summary>
    /// "in today's world", "today's youth", "the people of tomorrow", "computers of today": the present (or future)
    /// in general, not a calendar day, and not annotated in TimeBank.
    /// </summary>
    private static bool IsGeneric(string text, int start, int end) =>
        GenericAfter().IsMatch(text, end) || GenericBefore().IsMatch(text[Math.Max(0, start - 20)..start]);

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
        TimexPatterns.Options)]
    private static partial Regex RelativeDayRegex();

    [GeneratedRegex(@"\G['\u2019]s\s+(?:world|youth|society|generation|children|kids|young|teenagers|students|families|parents|women|men|people|culture|economy|environment|standards|technology|global|modern|fast-paced)(?![A-Za-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenericAfter();

    [GeneratedRegex(@"(?<![A-Za-z])(?:people|leaders|chips|computers|world|society|children|youth|generation|citizens|voters|workers|cars|companies|industry|challenges|problems|issues|technology|technologies|products|markets?|many|most)\s+of\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenericBefore();

    private static readonly Regex NthDayRegex = new(
        @"(?<=(?<![A-Za-z])(?:is|it's|It's|it\u2019s|It\u2019s)\s+)(?:the\s+)?(?:" + Text.Ordinals.WordsFrom(1, 10) + @"|\d{1,2}(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+)?day(?![A-Za-z-])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);
}
