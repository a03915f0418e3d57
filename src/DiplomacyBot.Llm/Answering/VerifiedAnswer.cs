using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Llm.Answering;

/// <summary>
/// The outcome of checking a model's answer: the answer to show (null when the check failed, with the reason), and how
/// many quotes were verbatim, replaced by the sentence they paraphrase, or removed.
/// </summary>
public sealed record VerifiedAnswer(Answer? Answer, string? FailureReason, int Verified, int Replaced, int Removed)
{
    public static VerifiedAnswer Fail(string reason) => new(null, reason, 0, 0, 0);
}
