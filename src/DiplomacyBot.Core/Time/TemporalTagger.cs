namespace DiplomacyBot.Core.Time;

/// <summary>
/// Rule-based English temporal tagger in the spirit of HeidelTime/SUTime: each rule family proposes candidates,
/// overlapping candidates are settled longest-first, and expressions that lean on earlier ones ("a year ago" in an
/// earnings report) are resolved in a final pass over the text. Stateless, so one instance can serve all threads.
/// </summary>
public sealed class TemporalTagger : ITemporalTagger
{
    // Order only matters for equal-length, equal-priority candidates; specific rules come first.
    private static readonly ITimexRule[] Rules =
    [
        new AbsoluteDateRule(),
        new TimeOfDayRule(),
        new HolidayRule(),
        new QuarterRule(),
        new RelativeOffsetRule(),
        new RelativeDayRule(),
        new AnaphoricDateRule(),
        new WeekdayRule(),
        new RelativePeriodRule(),
        new MonthRule(),
        new SeasonRule(),
        new YearRule(),
        new SetRule(),
        new VagueRule(),
        new DurationRule(),
    ];

    public IReadOnlyList<TemporalExpression> Tag(string text, DateOnly? referenceDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return [];
        }

        var context = new TagContext(text, referenceDate);
        foreach (var rule in Rules)
        {
            // Tagging is best-effort over arbitrary text: a rule tripping over an input nobody foresaw (calendar
            // arithmetic at the ends of DateOnly's range, say) loses its remaining candidates for this text but
            // never takes the caller down. Candidates it proposed before failing were complete and are kept.
            var before = context.Candidates.Count;
            try
            {
                if (rule.Keywords is not { } keywords || context.Mentions(keywords))
                {
                    rule.Apply(context);
                }
            }
            catch (Exception ex) when (IsRecoverable(ex))
            {
            }

            if (rule is not (AbsoluteDateRule or HolidayRule or MonthRule or WeekdayRule or SeasonRule or YearRule or QuarterRule))
            {
                DropTitles(context, before);
            }
        }

        var chosen = CandidateSelector.Select(context.Candidates);
        try
        {
            DiscourseResolver.Resolve(chosen, referenceDate, text);
        }
        catch (Exception ex) when (IsRecoverable(ex))
        {
            // Values resolved so far stand; the rest keep their reference-based guesses.
        }

        var result = new TemporalExpression[chosen.Count];
        for (var i = 0; i < chosen.Count; i++)
        {
            var c = chosen[i];
            result[i] = new TemporalExpression(c.Start, c.End, text[c.Start..c.End], c.Type, c.Value);
        }

        return result;
    }

    /// <summary>Removes the candidates a rule just proposed that sit inside a title ("This Week", "60 Minutes").</summary>
    private static void DropTitles(TagContext context, int from)
    {
        var candidates = context.Candidates;
        for (var i = candidates.Count - 1; i >= from; i--)
        {
            if (TitleFilter.LooksLikeTitle(context.Text, candidates[i].Start, candidates[i].End))
            {
                candidates.RemoveAt(i);
            }
        }
    }

    private static bool IsRecoverable(Exception ex) =>
        ex is ArgumentException or ArithmeticException or FormatException or IndexOutOfRangeException or InvalidOperationException;
}
