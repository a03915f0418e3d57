namespace DiplomacyBot.Core.Chat;

/// <summary>
/// One user's rating of one answer: where it was given, the question and answer it rates with the articles cited, and
/// when. A user has one record per answer; a later click replaces it.
/// </summary>
public sealed record FeedbackRecord(
    string AnswerId,
    string Platform,
    string Channel,
    string? Thread,
    string User,
    string Question,
    string Answer,
    IReadOnlyList<string> CitedArticleIds,
    FeedbackRating Rating,
    DateTimeOffset At);
