using DiplomacyBot.Core.Time;

namespace DiplomacyBot.Core.Events;

/// <summary>
/// One sentence's mention of an event, with what that sentence says about it; its date is resolved against the
/// article's date. <see cref="HeldCount"/> records statements such as "we've already had two rounds": every round up
/// to that number was held by the article's date.
/// </summary>
public sealed record EventMention : EventFacts
{
    public required string ArticleId { get; init; }

    public required int SentenceIndex { get; init; }

    public int? HeldCount { get; init; }

    /// <summary>
    /// The mention says the event came after an earlier one of its kind without saying which in order ("a follow-up
    /// round", "a subsequent meeting"): it is not the first at its place.
    /// </summary>
    public bool FollowsEarlier { get; init; }

    public DateOnly? ArticlePublished { get; init; }

    /// <summary>The mentioning sentence, kept for topic filters and summaries.</summary>
    public required string SentenceText { get; init; }

    public bool HasResolvedDate => DateValue is not null && TimexDescriber.TryGetRange(DateValue, out _, out _);
}
