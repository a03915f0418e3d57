using System.Buffers;

namespace DiplomacyBot.Core.Time;

/// <summary>
/// Cheap vectorised pre-checks: most sentences contain none of a rule's anchor words, and skipping the rule's
/// regexes for them is what keeps tagging well above a megabyte per second.
/// </summary>
internal static class RuleKeywords
{
    public static SearchValues<string> Create(params string[] words) => SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);

    public static bool Mentions(this TagContext context, SearchValues<string> keywords) => context.Text.AsSpan().ContainsAny(keywords);

    public static bool HasDigit(this TagContext context) => context.Text.AsSpan().ContainsAnyInRange('0', '9');
}
