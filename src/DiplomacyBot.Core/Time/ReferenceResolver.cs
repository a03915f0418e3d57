namespace DiplomacyBot.Core.Time;

/// <summary>
/// Places year-less expressions ("Feb. 27", "in May", "the third quarter", "Thursday") relative to the reference
/// date: the occurrence nearest to it on the side the sentence's tense points to.
/// </summary>
internal static class ReferenceResolver
{
    // Tense cues are unreliable (a past-tense verb can govern a coming date), so an occurrence within these
    // many days of the reference wins regardless; tuned on TimeBank/AQUAINT, where nearly all such dates are near.
    private const int DaySlack = 60;

    // Dates ahead are mostly announced ones ("payable Jan. 2", "expires Dec. 15"), so they stay near for longer.
    private const int DaySlackAhead = 90;

    private const int MonthSlack = 45;

    // Year-less months a little further ahead ("payable in January" in a story from late October) are still
    // usually the coming ones; looking back, the tense is trusted sooner.
    private const int MonthSlackAhead = 75;

    /// <summary>
    /// Chooses the year for a period that recurs yearly. <paramref name="periodOf"/> maps a year to the period's
    /// first and last day in that year.
    /// </summary>
    /// <param name="slackDays">
    /// An occurrence this close to the reference is taken even against the tense: "payable Dec. 1" in a story
    /// from late October is this December although the sentence says "declared".
    /// </param>
    /// <param name="slackAheadDays">Slack for occurrences after the reference; defaults to <paramref name="slackDays"/>.</param>
    public static int PickYear(DateOnly reference, TenseDirection tense, Func<int, (DateOnly First, DateOnly Last)> periodOf, int slackDays = 0, int? slackAheadDays = null)
    {
        var best = reference.Year;
        var bestDistance = int.MaxValue;
        for (var year = reference.Year - 1; year <= reference.Year + 1; year++)
        {
            var (first, last) = periodOf(year);
            var distance = Distance(reference, first, last);
            var allowed = (distance < 0 ? -distance <= slackDays : distance <= (slackAheadDays ?? slackDays)) || tense switch
            {
                TenseDirection.Past => first <= reference,
                TenseDirection.Future => last >= reference,
                _ => true,
            };

            // Ties go to the earlier year because news mostly reports what already happened.
            if (allowed && Math.Abs(distance) < bestDistance)
            {
                best = year;
                bestDistance = Math.Abs(distance);
            }
        }

        return best;
    }

    public static int PickYear(DateOnly reference, TenseDirection tense, int month, int day) =>
        PickYear(
            reference,
            tense,
            y =>
            {
                var d = new DateOnly(y, month, Math.Min(day, DateTime.DaysInMonth(y, month)));
                return (d, d);
            },
            DaySlack,
            DaySlackAhead);

    /// <param name="strict">"last May" / "next May": the word settles the direction, so no slack.</param>
    public static int PickYearForMonth(DateOnly reference, TenseDirection tense, int month, bool strict = false) =>
        PickYear(reference, tense, y => (new DateOnly(y, month, 1), new DateOnly(y, month, DateTime.DaysInMonth(y, month))), strict ? 0 : MonthSlack, strict ? 0 : MonthSlackAhead);

    /// <summary>Resolves a bare weekday; the same weekday as the reference is the reference date itself.</summary>
    public static DateOnly Weekday(DateOnly reference, DayOfWeek day, TenseDirection tense)
    {
        var back = ((int)reference.DayOfWeek - (int)day + 7) % 7;
        var ahead = ((int)day - (int)reference.DayOfWeek + 7) % 7;
        if (back == 0)
        {
            return reference;
        }

        return tense switch
        {
            TenseDirection.Past => reference.AddDays(-back),
            TenseDirection.Future => reference.AddDays(ahead),
            _ => ahead < back ? reference.AddDays(ahead) : reference.AddDays(-back),
        };
    }

    /// <summary>Days from the reference to the period (0 when inside it, negative when before it).</summary>
    private static int Distance(DateOnly reference, DateOnly first, DateOnly last)
    {
        if (reference < first)
        {
            return first.DayNumber - reference.DayNumber;
        }

        return reference > last ? last.DayNumber - reference.DayNumber : 0;
    }
}
