using System.Globalization;
using System.Text.RegularExpressions;
using static DiplomacyBot.Core.Time.TimexPatterns;

namespace DiplomacyBot.Core.Time;

/// <summary>
/// Quarters and halves: "the third quarter" (YYYY-Q3), "fourth-quarter", "the fourth quarter of 1987",
/// "next year's first quarter", "Q1 2025", "the second half" (H2), "the first half of 1990", and the anaphoric
/// "the quarter" / "the latest quarter", which refer back to the quarter under discussion.
/// </summary>
internal sealed partial class QuarterRule : ITimexRule
{
    public System.Buffers.SearchValues<string> Keywords { get; } = RuleKeywords.Create("quarter", "half", "Q1", "Q2", "Q3", "Q4", "1Q", "2Q", "3Q", "4Q", "period");

    public void Apply(TagContext context)
    {
        foreach (Match m in QuarterRegex.Matches(context.Text))
        {
            var number = m.Groups["q"].Success
                ? m.Groups["q"].Value[^1] - '0'
                : CalendarWords.Ordinal(m.Groups["ord"].Value) is var o and >= 1 and <= 4 ? o : 4;
            context.Add(m, TimexType.Date, Value(context, m, "Q", number), priority: 3);
        }

        foreach (Match m in HalfRegex.Matches(context.Text))
        {
            var first = CalendarWords.Ordinal(m.Groups["ord"].Value) == 1;
            context.Add(m, TimexType.Date, Value(context, m, "H", first ? 1 : 2), priority: 3);
        }

        foreach (Match m in NamedYearRegex().Matches(context.Text))
        {
            context.Add(m, TimexType.Date, m.Groups["year"].Value, priority: 3, anchor: DiscourseAnchor.QuarterOfNamedYear);
        }

        foreach (Match m in AnaphoricRegex().Matches(context.Text))
        {
            var value = context.Reference is { } r ? RelativePeriodRule.PreviousQuarter(r) : "XXXX-QX";
            var anchor = m.Groups["latest"].Success ? DiscourseAnchor.LatestQuarter : DiscourseAnchor.LastQuarter;
            context.Add(m, TimexType.Date, value, priority: 5, anchor: anchor);
        }
    }

    private static string Value(TagContext context, Match m, string code, int number)
    {
        int year;
        if (m.Groups["year"].Success)
        {
            year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        }
        else if (context.Reference is not { } reference)
        {
            return "XXXX-" + code + TimexFormat.Number(number);
        }
        else if (m.Groups["rel"].Success)
        {
            year = reference.Year + (m.Groups["rel"].Value.ToLowerInvariant() switch { "last" => -1, "next" => 1, _ => 0 });
        }
        else
        {
            // Quarters are reported weeks after they end, so even with a future cue ("expects to report
            // third-quarter results") a quarter that ended within the reporting lag is still the one meant.
            var tense = context.TenseAround(m.Index, m.Index + m.Length);
            year = ReferenceResolver.PickYear(reference, tense, y => Period(y, code, number), ReportingLagDays);
        }

        return string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{code}{number}");
    }

    private const int ReportingLagDays = 45;

    private static (DateOnly First, DateOnly Last) Period(int year, string code, int number)
    {
        var months = code == "Q" ? 3 : 6;
        var first = new DateOnly(year, ((number - 1) * months) + 1, 1);
        return (first, first.AddMonths(months).AddDays(-1));
    }

    private const string YearTail =
        @"(?:\s+(?:of\s+|ended\s+|ending\s+|in\s+)?(?:(?:the\s+)?fiscal\s+(?:year\s+)?)?(?<year>" + Year + @")|\s+of\s+(?<rel>this|last|next)\s+year|\s+of\s+the\s+year)?";

    private static readonly Regex QuarterRegex = new(
        @"(?<![A-Za-z])(?:(?:the|this|(?<rel>this|last|next)\s+year's|the\s+(?<year>" + Year + @"))\s+)?(?:(?:fiscal|calendar)[\s-]+)?" +
        @"(?:(?<ord>" + Text.Ordinals.WordsFrom(1, 4) + "|final|" + Text.Ordinals.WrittenFrom(1, 4) + @")[\s-]+(?:fiscal[\s-]+)?quarter(?![A-Za-z])" + YearTail +
        @"|(?<q>(?<![A-Za-z])Q[1-4]|[1-4]Q)(?![A-Za-z\d])(?:\s*-?\s*(?<year>" + Year + @"))?)", TimexPatterns.Options | RegexOptions.Compiled);

    private static readonly Regex HalfRegex = new(
        @"(?<![A-Za-z])(?:(?:the|this|(?<rel>this|last|next)\s+year's)\s+)?(?:(?<ord>" + Text.Ordinals.WordsFrom(1, 2) + "|last|latter|" + Text.Ordinals.WrittenFrom(1, 2) + @")\s+half|(?<ord>" + Text.Ordinals.WordsFrom(1, 2) + @"|last|final)\s+two\s+quarters)(?![A-Za-z])" + YearTail, TimexPatterns.Options | RegexOptions.Compiled);

    [GeneratedRegex(@"(?<![A-Za-z])the\s+(?<year>" + Year + @")\s+(?:quarter|period)(?![A-Za-z-])", TimexPatterns.Options)]
    private static partial Regex NamedYearRegex();

    [GeneratedRegex(@"(?<![A-Za-z])(?:the|this|that)\s+(?:(?:(?<latest>latest|most\s+recent|recent|just-ended|just-completed)|same|fiscal)\s+)?quarter(?![A-Za-z-])|(?<![A-Za-z])the\s+(?<latest>latest|most\s+recent)\s+period(?![A-Za-z-])", TimexPatterns.Options)]
    private static partial Regex AnaphoricRegex();
}
