using System.Globalization;
using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Time;

/// <summary>
/// Second pass over the chosen expressions in text order. Earnings stories say "the third quarter ... up from
/// $10 million a year ago": once a quarter has been mentioned, "a year ago" means that quarter a year earlier and
/// "the quarter" means that quarter. Without such a mention the reference-based defaults stand.
/// </summary>
internal static partial class DiscourseResolver
{
    /// <param name="reference">
    /// When known, quarters that have not ended by then ("expects a fourth-quarter charge") are skipped as anchors
    /// for "a year ago", "the 1988 period" and "the latest quarter", which compare with results already reported.
    /// </param>
    /// <param name="text">
    /// The tagged text, when known: "For the nine months, net fell ... from $5 million a year earlier" compares
    /// with the previous year, not the quarter under discussion, when a span of months is in the same sentence.
    /// </param>
    public static void Resolve(List<TimexCandidate> chosen, DateOnly? reference = null, string? text = null)
    {
        (int Year, int Quarter)? lastQuarter = null;
        (int Year, int Quarter)? lastReportedQuarter = null;
        var fiscal = false;
        (DateOnly Date, AnchorUnit Precision)? lastDate = null;
        for (var i = 0; i < chosen.Count; i++)
        {
            var c = chosen[i];
            if (c.Anchor == DiscourseAnchor.LastMentionedDate)
            {
                if (lastDate is { } anchor && anchor.Precision <= c.AnchorUnit && AnaphoricDateRule.Shift(anchor.Date, c.AnchorUnit, c.AnchorOffset) is { } shifted)
                {
                    var suffix = c.Type == TimexType.Time ? c.Value[c.Value.IndexOf('T', StringComparison.Ordinal)..] : "";
                    chosen[i] = c with { Value = shifted + suffix };
                }
                else if (lastDate is { } coarse && c.AnchorOffset == 0 && c.Type == TimexType.Date && coarse.Precision > c.AnchorUnit)
                {
                    // "last October ... that same day": the day is within the month mentioned but not known.
                    chosen[i] = c with { Value = Unknown(coarse.Date, coarse.Precision, c.AnchorUnit) };
                }

                continue;
            }

            if (c.Type is TimexType.Date or TimexType.Time && AbsoluteDate(c.Value) is { } mentioned)
            {
                lastDate = mentioned;
            }

            if (c.Anchor == DiscourseAnchor.YearBeforeLastQuarter && text is not null && i > 0 && IsSpanOfMonths(chosen[i - 1]) &&
                SameSentence(text, chosen[i - 1].End, c.Start) && ((lastReportedQuarter?.Year ?? reference?.Year) is { } spanYear && spanYear > 1))
            {
                chosen[i] = c with { Value = TimexFormat.Year(spanYear - 1) };
                continue;
            }

            // A fiscal quarter can end before its calendar namesake ("the fourth quarter ended Sept. 30" in a November
            // story), so with no quarter known to be over, the one under discussion is still the best anchor.
            if (c.Anchor == DiscourseAnchor.YearBeforeLastQuarter && (lastReportedQuarter ?? lastQuarter) is { } q && q.Year > 1)
            {
                chosen[i] = c with { Value = fiscal ? TimexFormat.Year(q.Year - 1) + "-QX" : TimexFormat.Quarter(q.Year - 1, q.Quarter) };
                continue;
            }

            if (c.Anchor == DiscourseAnchor.LastQuarter && lastQuarter is { } current)
            {
                chosen[i] = c with { Value = fiscal ? TimexFormat.Year(current.Year) + "-QX" : TimexFormat.Quarter(current.Year, current.Quarter) };
                continue;
            }

            if (c.Anchor == DiscourseAnchor.LatestQuarter)
            {
                if (lastReportedQuarter is { } latest)
                {
                    chosen[i] = c with { Value = TimexFormat.Quarter(latest.Year, latest.Quarter) };
                }

                continue;
            }

            if (c.Anchor == DiscourseAnchor.QuarterOfNamedYear && (lastReportedQuarter ?? lastQuarter) is { } named)
            {
                chosen[i] = c with { Value = c.Value + "-Q" + TimexFormat.Number(named.Quarter) };
                continue;
            }

            var match = QuarterValue().Match(c.Value);
            if (c.Type == TimexType.Date && match.Success && !(text is not null && IndefiniteBefore(text, c)))
            {
                var quarter = (Year: int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), Quarter: match.Groups[2].Value[0] - '0');
                lastQuarter = quarter;
                fiscal = text is not null && text.AsSpan(c.Start, c.End - c.Start).Contains("fiscal", StringComparison.OrdinalIgnoreCase);
                if (reference is not { } r || quarter.Year < r.Year || (quarter.Year == r.Year && quarter.Quarter < TimexFormat.QuarterOf(r.Month)))
                {
                    lastReportedQuarter = quarter;
                }
            }
        }
    }

    /// <summary>
    /// "After a flat second quarter, ...": a quarter brought in with an indefinite article is mentioned in passing
    /// and does not become the quarter under discussion.
    /// </summary>
    private static bool IndefiniteBefore(string text, TimexCandidate c) =>
        !text.AsSpan(c.Start, c.End - c.Start).Contains('-') && IndefiniteArticle().IsMatch(text.AsSpan(Math.Max(0, c.Start - 20), Math.Min(20, c.Start)));

    /// <summary>A date known to <paramref name="known"/> precision, written to <paramref name="wanted"/> precision with X's.</summary>
    private static string Unknown(DateOnly date, AnchorUnit known, AnchorUnit wanted) => (known, wanted) switch
    {
        (AnchorUnit.Month, _) => TimexFormat.Month(date.Year, date.Month) + "-XX",
        (_, AnchorUnit.Month) => TimexFormat.Year(date.Year) + "-XX",
        _ => TimexFormat.Year(date.Year) + "-XX-XX",
    };

    /// <summary>"the nine months", "the first six months", "the year": a stretch longer than a quarter.</summary>
    private static bool IsSpanOfMonths(TimexCandidate c) => c.Type == TimexType.Duration && SpanOfMonths().IsMatch(c.Value);

    private static bool SameSentence(string text, int from, int to)
    {
        if (to - from > 250 || to < from)
        {
            return false;
        }

        for (var i = from; i < to - 1; i++)
        {
            if (text[i] is '.' or '!' or '?' && char.IsWhiteSpace(text[i + 1]) && i + 2 < text.Length && char.IsUpper(text[i + 2]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads a value's calendar date and how much of it is known ("1998" → year, "1998-06" → month).</summary>
    private static (DateOnly Date, AnchorUnit Precision)? AbsoluteDate(string value)
    {
        var m = DateValue().Match(value);
        if (!m.Success)
        {
            return null;
        }

        var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        if (year < 1)
        {
            return null;
        }

        if (!m.Groups[2].Success)
        {
            return (new DateOnly(year, 1, 1), AnchorUnit.Year);
        }

        var month = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        var day = m.Groups[3].Success ? int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
        if (day > DateTime.DaysInMonth(year, month))
        {
            return (new DateOnly(year, month, 1), AnchorUnit.Month);
        }

        return m.Groups[3].Success
            ? (new DateOnly(year, month, int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture)), AnchorUnit.Day)
            : (new DateOnly(year, month, 1), AnchorUnit.Month);
    }

    [GeneratedRegex(@"^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?(?![\dW])")]
    private static partial Regex DateValue();

    [GeneratedRegex(@"(?<![A-Za-z])(?:a|an)\s+[a-z]+\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex IndefiniteArticle();

    [GeneratedRegex(@"^P(?:[4-9]|1[0-2])M$|^P1Y$")]
    private static partial Regex SpanOfMonths();

    [GeneratedRegex(@"^(\d{4})-Q([1-4])$")]
    private static partial Regex QuarterValue();
}
