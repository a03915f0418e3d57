using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Chat;

/// <summary>
/// Whether a chat message reads as a question addressed to anyone who knows: it asks (a question mark), opens with an
/// interrogative or an auxiliary ("when ...", "did ...", "is there ..."), or with a request ("tell me ...", "list ...",
/// "summarise ..."). Chatter ("thanks", "see you at ten", "lol") does not. Used where the bot answers without being
/// mentioned: channels in auto mode and follow-ups in its threads.
/// </summary>
public static partial class QuestionShape
{
    public static bool ReadsAsQuestion(string? text)
    {
        string body = (text ?? string.Empty).Trim();
        if (!body.Any(char.IsLetterOrDigit))
        {
            return false;
        }

        return body.Contains('?', StringComparison.Ordinal) || Opening().IsMatch(body);
    }

    [GeneratedRegex(
        @"^(?:and\s+|so\s+|but\s+|also\s+|ok(?:ay)?,?\s+)?(?:(?:what|when|where|who|whom|whose|which|why|how)\b|(?:is|are|was|were|am|do|does|did|can|could|will|would|should|shall|has|have|had|may|might|must)\s+\p{L}" +
        @"|(?:please\s+)?(?:tell\s+(?:me|us)|list|summari[sz]e|sum\s+up|recap|explain|describe|show\s+(?:me|us)|give\s+(?:me|us)|find|compare|ask)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Opening();
}
