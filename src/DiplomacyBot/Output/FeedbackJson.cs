using DiplomacyBot.Core.Chat;

namespace DiplomacyBot.Output;

/// <summary>The ratings of answers as <c>feedback --json</c> prints them: the totals, then every record, newest first.</summary>
public sealed record FeedbackJson(int Total, int Helpful, int NotHelpful, IReadOnlyList<FeedbackJson.Entry> Feedback)
{
    public static FeedbackJson From(IReadOnlyList<FeedbackRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return new FeedbackJson(
            records.Count,
            records.Count(r => r.Rating == FeedbackRating.Helpful),
            records.Count(r => r.Rating == FeedbackRating.NotHelpful),
            records.Select(r => new Entry(r.At, r.Rating.ToWireName(), r.Platform, r.Channel, r.Thread, r.User, r.Question, r.Answer, r.CitedArticleIds, r.AnswerId)).ToList());
    }

    public sealed record Entry(
        DateTimeOffset At,
        string Rating,
        string Platform,
        string Channel,
        string? Thread,
        string User,
        string Question,
        string Answer,
        IReadOnlyList<string> CitedArticleIds,
        string AnswerId);
}
