using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Time;

/// <summary>
/// Rule-based English temporal tagger in the spirit of HeidelTime/SUTime: each rule family proposes candidates,
/// overlapping candidates are settled longest-first, and expressions that lean on earlier ones ("a year ago" in an
/// earnings report) are resolved in a final pass over the text. Stateless, so one instance can serve all threads.
/// </summary>
public sealed partial class TemporalTagger : ITemporalTagger
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
        if (text.Length == 0 || !HasTemporalHint().IsMatch(text))
        {
            return [];
        }

        var context = new TagContext(text, referenceDate);
        foreach (var rule in Rules)
        {
            rule.Apply(context);
        }

        var chosen = CandidateSelector.Select(context.Candidates);
        DiscourseResolver.Resolve(chosen);
        var result = new TemporalExpression[chosen.Count];
        for (var i = 0; i < chosen.Count; i++)
        {
            var c = chosen[i];
            result[i] = new TemporalExpression(c.Start, c.End, text[c.Start..c.End], c.Type, c.Value);
        }

        return result;
    }

    /// <summary>
    /// Cheap pre-filter: every rule needs a digit or one of these word stems, so most sentences without any can
    /// skip the rule regexes entirely.
    /// </summary>
    [GeneratedRegex(
        @"\d|day|night|noon|week|month|year|quarter|decade|centur|millenni|hour|minute|second|now|current|present|recent|past|futur|soon|shortly|term|" +
        @"ago|earlier|annual|ly\b|every|each|half|spring|summer|autumn|fall|winter|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|" +
        @"Christmas|Easter|Thanksgiving|Halloween|Independence|today|tomorrow|tonight|yesterday|ties|fifties|nineties|eighties|Q[1-4]|previous|former|lately|the\s+time",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HasTemporalHint();
}
