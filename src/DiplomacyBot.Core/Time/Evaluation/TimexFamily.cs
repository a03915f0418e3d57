using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Time.Evaluation;

/// <summary>
/// Buckets expressions into families by their wording and value, so an error report can say "weekdays are
/// missed" instead of listing hundreds of strings.
/// </summary>
public static partial class TimexFamily
{
    public static string Classify(string text, string? value)
    {
        var t = text.ToLowerInvariant();
        return t switch
        {
            _ when value is "PRESENT_REF" or "PAST_REF" or "FUTURE_REF" || VagueWords().IsMatch(t) => "vague (now/recent/future)",
            _ when SetWords().IsMatch(t) => "set (every/daily)",
            _ when t.Contains("ago", StringComparison.Ordinal) || t.Contains("earlier", StringComparison.Ordinal) || t.Contains("year-", StringComparison.Ordinal) => "offset (ago/earlier)",
            _ when ClockWords().IsMatch(t) => "time of day",
            _ when QuarterWords().IsMatch(t) => "quarter/half",
            _ when MonthDay().IsMatch(text) => "month day",
            _ when Weekdays().IsMatch(t) => "weekday",
            _ when RelativeDay().IsMatch(t) => "today/yesterday/tomorrow",
            _ when Seasons().IsMatch(t) => "season",
            _ when Months().IsMatch(text) => "month",
            _ when RelativeUnit().IsMatch(t) => "this/last/next unit",
            _ when Decade().IsMatch(t) => "decade/century",
            _ when Year().IsMatch(t) => "year",
            _ when value is not null && value.StartsWith('P') => "duration",
            _ when DurationWords().IsMatch(t) => "duration",
            _ => "other",
        };
    }

    [GeneratedRegex(@"\b(now|current|recent|past|future|soon|term|previous|former|these days|present|time|once|already|yet)")]
    private static partial Regex VagueWords();

    [GeneratedRegex(@"\b(every|each|per|daily|weekly|monthly|annually|yearly|hourly|quarterly|nightly)\b|(day|night)s\b")]
    private static partial Regex SetWords();

    [GeneratedRegex(@"\d[:.]\d\d|[ap]\.?m\b|noon|midnight|morning|afternoon|evening|night|overnight")]
    private static partial Regex ClockWords();

    [GeneratedRegex(@"quarter|half|\bq[1-4]\b|period")]
    private static partial Regex QuarterWords();

    [GeneratedRegex(@"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"monday|tuesday|wednesday|thursday|friday|saturday|sunday")]
    private static partial Regex Weekdays();

    [GeneratedRegex(@"today|yesterday|tomorrow|tonight")]
    private static partial Regex RelativeDay();

    [GeneratedRegex(@"spring|summer|autumn|fall|winter")]
    private static partial Regex Seasons();

    [GeneratedRegex(@"January|February|March|April|May|June|July|August|September|October|November|December")]
    private static partial Regex Months();

    [GeneratedRegex(@"\b(this|last|next|coming|previous|following|the)\s+(week|weekend|month|year|decade|century)\b")]
    private static partial Regex RelativeUnit();

    [GeneratedRegex(@"\d0'?s\b|ties\b|century")]
    private static partial Regex Decade();

    [GeneratedRegex(@"\b\d{4}\b|nineteen|thousand")]
    private static partial Regex Year();

    [GeneratedRegex(@"second|minute|hour|day|week|month|year|decade|centur")]
    private static partial Regex DurationWords();
}
