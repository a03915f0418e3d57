using DiplomacyBot.Core.Chat;
using LiteDB;

namespace DiplomacyBot.Storage;

/// <summary>
/// Chat answers (<c>chat_answers</c>, found by id, by thread and by the message they answered; <c>chat_posted</c> links
/// the messages the bot posted to the answer they carried) and ratings (<c>chat_feedback</c>, one per user and answer). Each document keeps the record as JSON beside the fields it is
/// found by.
/// </summary>
public sealed partial class LiteDbArticleStore : IConversationStore
{
    private const string ChatAnswers = "chat_answers";
    private const string ChatFeedback = "chat_feedback";
    private const string ChatPosted = "chat_posted";

    public void SaveAnswer(AnswerRecord answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        _gate.InTransaction(() =>
        {
            var answers = Answers();
            Upsert(answers, answer);

            // Answers whose buttons nobody can still want go as new ones arrive, so the collection stays small.
            DateTime before = (answer.AnsweredAt - IConversationStore.AnswerRetention).UtcDateTime;
            answers.DeleteMany(Query.LT("expires", before));
            _db.GetCollection(ChatPosted).DeleteMany(Query.LT("expires", before));
        });
    }

    public void SavePosted(string answerId, IReadOnlyList<string> messageIds)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        _gate.InTransaction(() =>
        {
            var answers = Answers();
            if (answers.FindById(answerId) is { } doc)
            {
                AnswerRecord answer = ConversationJson.Read<AnswerRecord>(doc["body"].AsString);
                Upsert(answers, answer with { PostedMessages = [.. answer.PostedMessages.Union(messageIds, StringComparer.Ordinal)] });
            }
        });
    }

    public AnswerRecord? AnswerPostedAs(string platform, string messageId, DateTimeOffset now) => _gate.Locked(() =>
        _db.GetCollection(ChatPosted).FindById(Key(platform, string.Empty, messageId)) is { } link
        && Answers().FindById(link["answer"]) is { } doc
        && doc["expires"].AsDateTime.ToUniversalTime() > now.UtcDateTime
            ? ConversationJson.Read<AnswerRecord>(doc["body"].AsString)
            : null);

    /// <summary>Writes the answer, and a link from each message it was posted as (inside the caller's transaction).</summary>
    private void Upsert(ILiteCollection<BsonDocument> answers, AnswerRecord answer)
    {
        answers.Upsert(new BsonDocument
        {
            ["_id"] = answer.Id,
            ["thread"] = answer.Thread is { } thread ? Key(answer.Platform, answer.Channel, thread) : BsonValue.Null,
            ["message"] = answer.QuestionMessage is { } message ? Key(answer.Platform, answer.Channel, message) : BsonValue.Null,
            ["answeredAt"] = answer.AnsweredAt.UtcDateTime,
            ["expires"] = answer.Expires.UtcDateTime,
            ["body"] = ConversationJson.Write(answer),
        });

        var posted = _db.GetCollection(ChatPosted);
        foreach (string id in answer.PostedMessages)
        {
            posted.Upsert(new BsonDocument
            {
                ["_id"] = Key(answer.Platform, string.Empty, id),
                ["answer"] = answer.Id,
                ["expires"] = answer.Expires.UtcDateTime,
            });
        }
    }

    public AnswerRecord? Answer(string id) => _gate.Locked(() =>
        Answers().FindById(id) is { } doc ? ConversationJson.Read<AnswerRecord>(doc["body"].AsString) : null);

    IReadOnlyList<AnswerRecord> IConversationStore.Answers() => _gate.Locked(() => Answers().FindAll()
        .OrderBy(d => d["answeredAt"].AsDateTime)
        .Select(d => ConversationJson.Read<AnswerRecord>(d["body"].AsString))
        .ToList());

    public AnswerRecord? LatestInThread(string platform, string channel, string thread, DateTimeOffset now) =>
        Latest("thread", Key(platform, channel, thread), now);

    public AnswerRecord? AnswerToMessage(string platform, string channel, string messageId, DateTimeOffset now) =>
        Latest("message", Key(platform, channel, messageId), now);

    public bool SaveFeedback(FeedbackRecord feedback)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        return _gate.Locked(() =>
        {
            var ratings = _db.GetCollection(ChatFeedback);
            string id = $"{feedback.AnswerId}\n{feedback.User}";
            bool first = ratings.FindById(id) is null;
            ratings.Upsert(new BsonDocument { ["_id"] = id, ["at"] = feedback.At.UtcDateTime, ["body"] = ConversationJson.Write(feedback) });
            return first;
        });
    }

    public IReadOnlyList<FeedbackRecord> Feedback(DateTimeOffset? since) => _gate.Locked(() =>
    {
        var ratings = _db.GetCollection(ChatFeedback);
        var found = since is { } from ? ratings.Find(Query.GTE("at", from.UtcDateTime)) : ratings.FindAll();
        return found.Select(d => ConversationJson.Read<FeedbackRecord>(d["body"].AsString))
            .OrderByDescending(f => f.At)
            .ThenBy(f => f.AnswerId, StringComparer.Ordinal)
            .ThenBy(f => f.User, StringComparer.Ordinal)
            .ToList();
    });

    private AnswerRecord? Latest(string field, string key, DateTimeOffset now) => _gate.Locked(() =>
    {
        DateTime nowUtc = now.UtcDateTime;
        return Answers().Find(Query.EQ(field, key))
            .Where(d => d["expires"].AsDateTime.ToUniversalTime() > nowUtc)
            .OrderByDescending(d => d["answeredAt"].AsDateTime)
            .Select(d => ConversationJson.Read<AnswerRecord>(d["body"].AsString))
            .FirstOrDefault();
    });

    private ILiteCollection<BsonDocument> Answers() => _db.GetCollection(ChatAnswers);

    /// <summary>The indexes answers and ratings are found by, made when the store opens.</summary>
    private void EnsureConversationIndexes()
    {
        var answers = Answers();
        answers.EnsureIndex("thread");
        answers.EnsureIndex("message");
        answers.EnsureIndex("expires");
        _db.GetCollection(ChatPosted).EnsureIndex("expires");
        _db.GetCollection(ChatFeedback).EnsureIndex("at");
    }

    private static string Key(string platform, string channel, string id) => $"{platform}\n{channel}\n{id}";
}
