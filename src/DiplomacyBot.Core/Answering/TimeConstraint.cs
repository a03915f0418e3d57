namespace DiplomacyBot.Core.Answering;

/// <summary>
/// A period named in a question. With a year it is a day range; without one ("in March") only the month is known,
/// and it matches that month of any year.
/// </summary>
public sealed record TimeConstraint(DateOnly? First, DateOnly? Last, int? Month)
{
    /// <summary>The day of <see cref="Month"/> a question names without a year ("at the nov 16 meeting"), if any.</summary>
    public int? Day { get; init; }

    /// <summary>
    /// Whether the question names the period relative to its day ("this week", "last month"): loosely, as a quiz or a
    /// chat message does, so a report from just before it can still answer, with a word on its date.
    /// </summary>
    public bool Relative { get; init; }

    /// <summary>Whether a time from <paramref name="first"/> to <paramref name="last"/> lies wholly outside the period.</summary>
    public bool Excludes(DateOnly first, DateOnly last)
    {
        if (First is { } from && Last is { } to)
        {
            return last < from || first > to;
        }

        // Without a year, only a time shorter than a year can miss the month: one that does not pass through it.
        if (Month is not { } month || last.DayNumber - first.DayNumber >= 365)
        {
            return false;
        }

        for (var day = new DateOnly(first.Year, first.Month, 1); day <= last; day = day.AddMonths(1))
        {
            if (day.Month == month)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether an article of this date can report on the period (reports follow events by up to two months). Without a
    /// year, a report from that month counts from the day named, if one is ("the oct 30 deadline": not on 20 October).
    /// </summary>
    public bool Admits(DateOnly published) => First is { } first && Last is { } last
        ? published >= first && published <= last.AddDays(60)
        : Month is { } month && ((published.Month == month && published.Day >= (Day ?? 1)) || published.AddMonths(-1).Month == month);

    /// <summary>
    /// How well a report of this date tells of the period, from 1 (it <see cref="Admits"/> it) to 0. A period named from
    /// the day of asking ("this week", "recently") is loose: a report from before it tells of it the less, the further
    /// before it is (half as well a week before, hardly a year before). Any other period is met or not.
    /// </summary>
    public double Nearness(DateOnly published)
    {
        if (Admits(published))
        {
            return 1;
        }

        if (!Relative || First is not { } first || published >= first)
        {
            return 0;
        }

        return RelativeReach / (RelativeReach + (first.DayNumber - published.DayNumber));
    }

    /// <summary>The days before a period named from the day of asking at which a report tells of it half as well.</summary>
    private const double RelativeReach = 7;
}
