using DiplomacyBot.Core.Chat;

namespace DiplomacyBot.Testing;

/// <summary>The conversation memory held in a list, for tests of the chat core (the store providers pass the same contract in their own tests).</summary>
public sealed class MemoryConversationStore : IConversationStore
{
    private readonly List<AnswerRecord> answers = [];
    private readonly List<FeedbackRecord> feedback = [];

    public IReadOnlyList<AnswerRecord> Answers => answers;

    public void SaveAnswer(AnswerRecord answer)
    {
        answers.RemoveAll(a => a.Id == answer.Id);
        answers.Add(answer);
    }

    public AnswerRecord? Answer(string id) => answers.Find(a => a.Id == id);

    IReadOnlyList<AnswerRecord> IConversationStore.Answers() => [.. answers.OrderBy(a => a.AnsweredAt)];

    public AnswerRecord? LatestInThread(string platform, string channel, string thread, DateTimeOffset now) =>
        answers.Where(a => a.Platform == platform && a.Channel == channel && a.Thread == thread && a.Expires > now).MaxBy(a => a.AnsweredAt);

    public AnswerRecord? AnswerToMessage(string platform, string channel, string messageId, DateTimeOffset now) =>
        answers.Where(a => a.Platform == platform && a.Channel == channel && a.QuestionMessage == messageId && a.Expires > now).MaxBy(a => a.AnsweredAt);

    public void SavePosted(string answerId, IReadOnlyList<string> messageIds)
    {
        if (Answer(answerId) is { } answer)
        {
            SaveAnswer(answer with { PostedMessages = [.. answer.PostedMessages.Union(messageIds, StringComparer.Ordinal)] });
        }
    }

    public AnswerRecord? AnswerPostedAs(string platform, string messageId, DateTimeOffset now) =>
        answers.Where(a => a.Platform == platform && a.PostedMessages.Contains(messageId) && a.Expires > now).MaxBy(a => a.AnsweredAt);

    public bool SaveFeedback(FeedbackRecord record)
    {
        int removed = feedback.RemoveAll(f => f.AnswerId == record.AnswerId && f.User == record.User);
        feedback.Add(record);
        return removed == 0;
    }

    public IReadOnlyList<FeedbackRecord> Feedback(DateTimeOffset? since) =>
        feedback.Where(f => since is null || f.At >= since).OrderByDescending(f => f.At).ToList();
}
