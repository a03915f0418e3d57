using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Time;

/// <summary>
/// Vague references TimeML values as PRESENT_REF, PAST_REF or FUTURE_REF: "now", "currently", "recently",
/// "the past", "in recent years", "the future", "soon", "the near term". "Recent weeks/months/days" are
/// stretches of time in TimeBank and become durations (PXW, PXM, PXD).
/// </summary>
internal sealed partial class VagueRule : ITimexRule
{
    public System.Buffers.SearchValues<string> Keywords { get; } = RuleKeywords.Create("now", "current", "present", "recent", "lately", "past", "futur", "soon", "shortly", "term", "these days", "moment", "at this time", "coming", "few", "ahead", "while", "later date");

    private static readonly System.Buffers.SearchValues<string> PresentAnchors = RuleKeywords.Create("now", "current", "present", "these days", "at this time", "the moment");

    private static readonly System.Buffers.SearchValues<string> PastAnchors = RuleKeywords.Create("recent", "lately", "past", "then current", "then-current");

    private static readonly System.Buffers.SearchValues<string> FutureAnchors = RuleKeywords.Create("future", "soon", "shortly", "term", "later date");

    private static readonly System.Buffers.SearchValues<string> WhileAnchors = RuleKeywords.Create("while");

    private static readonly System.Buffers.SearchValues<string> RecentSpanAnchors = RuleKeywords.Create("recent", "coming", "few", "ahead");

    public void Apply(TagContext context)
    {
        foreach (var m in AnchoredMatcher.Matches(context.Text, PresentAnchors, PresentRegex(), 10, 20))
        {
            // "Now, following asset sales ...", "Currently, organs are rationed ...": a sentence adverb that sets up
            // a contrast with what came before; TimeBank leaves it unannotated.
            if (m.Index + m.Length < context.Text.Length && context.Text[m.Index + m.Length] == ',' &&
                m.Value is "Now" or "Currently" && TitleFilter.IsSentenceInitial(context.Text, m.Index))
            {
                continue;
            }

            context.Add(m, TimexType.Date, "PRESENT_REF", priority: 6);
        }

        foreach (var m in AnchoredMatcher.Matches(context.Text, PastAnchors, PastRegex(), 20, 30))
        {
            // "have recently moved", "was recently extended": inside a perfect or passive verb group the adverb
            // only colours the verb, and TimeBank leaves it out.
            if (m.Value.Equals("recently", StringComparison.OrdinalIgnoreCase) && AuxiliaryBefore().IsMatch(context.Text.AsSpan(Math.Max(0, m.Index - 8), Math.Min(8, m.Index))))
            {
                continue;
            }

            context.Add(m, TimexType.Date, "PAST_REF", priority: 6);
        }

        foreach (var m in AnchoredMatcher.Matches(context.Text, FutureAnchors, FutureRegex(), 50, 40))
        {
            context.Add(m, TimexType.Date, "FUTURE_REF", priority: 6);
        }

        foreach (var m in AnchoredMatcher.Matches(context.Text, WhileAnchors, WhileRegex(), 20, 10))
        {
            // "live without it for a while": a stretch of time of no stated length.
            context.Add(m, TimexType.Duration, "PXX", priority: 5);
        }

        foreach (var m in AnchoredMatcher.Matches(context.Text, RecentSpanAnchors, RecentSpanRegex(), 20, 20))
        {
            if (m.Value.StartsWith("coming", StringComparison.OrdinalIgnoreCase))
            {
                // "to slow in coming months", "doesn't bode well for coming quarters": without "the" TimeBank
                // reads an open-ended future rather than a stretch of time ("over the coming weeks").
                context.Add(m, TimexType.Date, "FUTURE_REF", priority: 5);
                continue;
            }

            context.Add(m, TimexType.Duration, DurationRule.Format(null, m.Groups["unit"].Value.ToLowerInvariant(), half: false), priority: 5);
        }
    }

    [GeneratedRegex(@"(?<![A-Za-z])(?:have|has|had|was|were|been)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuxiliaryBefore();

    [GeneratedRegex(@"(?<![A-Za-z'])(?:(?:right|just|even|until|till)\s+)?now(?![A-Za-z'])|(?<![A-Za-z])(?:currently|nowadays|these\s+days|at\s+present|presently|the\s+present\s+time|at\s+this\s+time|at\s+the\s+moment|current(?=\s+[a-z]))(?![A-Za-z])", TimexPatterns.Options)]
    private static partial Regex PresentRegex();

    [GeneratedRegex(
        @"(?<![A-Za-z])(?:(?:more|most|only|very|until|as)\s+)?(?:recently|lately)(?![A-Za-z])" +
        @"|(?<![A-Za-z])then[\s-]current(?![A-Za-z])" +
        @"|(?<![A-Za-z])(?:recent|past)\s+(?:years|decades)(?![A-Za-z])" +
        @"|(?<![A-Za-z])the\s+(?:recent\s+|distant\s+)?past(?![A-Za-z-])(?!\s+(?:\d|few|several|many|couple|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|weeks?|months?|years?|days?|decades?|hours?|quarters?|weekends?|centuries|century|tense)\b)",
        TimexPatterns.Options)]
    private static partial Regex PastRegex();

    [GeneratedRegex(
        @"(?<![A-Za-z])the\s+(?:(?:near|distant|immediate|not\s+too\s+distant)\s+)?future(?![A-Za-z])(?!\s+of\b)" +
        @"|(?<![A-Za-z])(?:as\s+soon\s+as\s+possible|(?<!as\s)soon(?!\s+(?:as|after|afterwards?|thereafter|became|was|were|had)\b)|shortly(?!\s+(?:after|before|afterwards?|thereafter)\b))(?![A-Za-z])" +
        @"|(?<![A-Za-z])a\s+later\s+date(?![A-Za-z])" +
        @"|(?<![A-Za-z])the\s+(?:near|short|medium|long)\s+term(?![A-Za-z-])(?!\s+(?:goal|interest|debt|bonds?|loans?|rates?|care|plan|solution|memory))",
        TimexPatterns.Options)]
    private static partial Regex FutureRegex();

    [GeneratedRegex(@"(?<![A-Za-z])(?:(?:the\s+)?(?:recent|coming|past\s+few|next\s+few|last\s+few)\s+(?<unit>days|weeks|months|quarters)|the\s+(?<unit>days|weeks|months|years)\s+ahead)(?![A-Za-z])", TimexPatterns.Options)]
    private static partial Regex RecentSpanRegex();

    [GeneratedRegex(@"(?<=(?<![A-Za-z])(?:for|in|after)\s+)(?:quite\s+)?a\s+(?:little\s+|long\s+|short\s+)?while(?![A-Za-z])", TimexPatterns.Options)]
    private static partial Regex WhileRegex();
}
