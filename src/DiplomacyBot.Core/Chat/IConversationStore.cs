namespace DiplomacyBot.Core.Chat;

/// <summary>
/// Durable memory of the conversations in chat: the answers the bot gave (with what a thread's follow-ups are read
/// with, until the context expires) and the users' ratings of them. Shared by replicas that share a store, so a
/// follow-up or a click may reach any of them.
/// </summary>
public interface IConversationStore
{
    /// <summary>How long after its context expired an answer is still kept for its buttons; older ones may be dropped.</summary>
    public static readonly TimeSpan AnswerRetention = TimeSpan.FromDays(30);

    /// <summary>Stores the answer (replacing one of the same id).</summary>
    void SaveAnswer(AnswerRecord answer);

    /// <summary>The answer of that id, expired context or not; null when there is none.</summary>
    AnswerRecord? Answer(string id);

    /// <summary>Every stored answer, oldest first (for copying a store).</summary>
    IReadOnlyList<AnswerRecord> Answers();

    /// <summary>The newest answer in the thread whose context is unexpired at <paramref name="now"/>; null when the bot has none there.</summary>
    AnswerRecord? LatestInThread(string platform, string channel, string thread, DateTimeOffset now);

    /// <summary>The newest answer, unexpired at <paramref name="now"/>, to the message <paramref name="messageId"/> in the channel.</summary>
    AnswerRecord? AnswerToMessage(string platform, string channel, string messageId, DateTimeOffset now);

    /// <summary>Adds the ids of the messages the bot posted with the answer (nothing when there is no such answer).</summary>
    void SavePosted(string answerId, IReadOnlyList<string> messageIds);

    /// <summary>The answer, unexpired at <paramref name="now"/>, that the bot posted as the message <paramref name="messageId"/>; null when none.</summary>
    AnswerRecord? AnswerPostedAs(string platform, string messageId, DateTimeOffset now);

    /// <summary>Records the rating; true when it is the user's first for that answer, false when it replaced the earlier one.</summary>
    bool SaveFeedback(FeedbackRecord feedback);

    /// <summary>The ratings given at or after <paramref name="since"/> (all when null), newest first.</summary>
    IReadOnlyList<FeedbackRecord> Feedback(DateTimeOffset? since);
}
