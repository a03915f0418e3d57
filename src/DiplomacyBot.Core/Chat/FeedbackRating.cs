namespace DiplomacyBot.Core.Chat;

/// <summary>What a user said of an answer with its buttons.</summary>
public enum FeedbackRating
{
    Helpful,
    NotHelpful,
}

public static class FeedbackRatingNames
{
    /// <summary>"helpful", "not_helpful": the rating as JSON and the store write it.</summary>
    public static string ToWireName(this FeedbackRating rating) => rating switch
    {
        FeedbackRating.Helpful => "helpful",
        FeedbackRating.NotHelpful => "not_helpful",
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, null),
    };
}
