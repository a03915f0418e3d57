using DiplomacyBot.Core.Chat;
using Npgsql;
using NpgsqlTypes;

namespace DiplomacyBot.Storage.Postgres;

/// <summary>
/// Chat answers (<c>chat_answers</c>: the record as JSON beside the columns it is found by, the ids of the messages it
/// was posted as among them) and ratings
/// (<c>chat_feedback</c>: one row per answer and user, which a repeated click updates). Any replica finds what another stored.
/// </summary>
public sealed partial class PostgresStore : IConversationStore
{
    public void SaveAnswer(AnswerRecord answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        _db.InTransaction((connection, transaction) =>
        {
            Upsert(connection, transaction, answer);

            // Answers whose buttons nobody can still want go as new ones arrive, so the table stays small.
            using NpgsqlCommand purge = Database.Command(
                connection,
                transaction,
                "DELETE FROM chat_answers WHERE expires < @before",
                new NpgsqlParameter("before", (answer.AnsweredAt - IConversationStore.AnswerRetention).ToUniversalTime()));
            purge.ExecuteNonQuery();
            return 0;
        });
    }

    public void SavePosted(string answerId, IReadOnlyList<string> messageIds)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        _db.InTransaction((connection, transaction) =>
        {
            string? body;
            using (NpgsqlCommand read = Database.Command(connection, transaction, "SELECT body::text FROM chat_answers WHERE id = @id FOR UPDATE", new NpgsqlParameter("id", answerId)))
            {
                body = read.ExecuteScalar() as string;
            }

            if (body is not null)
            {
                AnswerRecord answer = StoredJson.Answer(body);
                Upsert(connection, transaction, answer with { PostedMessages = [.. answer.PostedMessages.Union(messageIds, StringComparer.Ordinal)] });
            }

            return 0;
        });
    }

    public AnswerRecord? AnswerPostedAs(string platform, string messageId, DateTimeOffset now) =>
        _db.Query(
            "SELECT body::text FROM chat_answers WHERE platform = @platform AND posted @> ARRAY[@message]::text[] AND expires > @now ORDER BY answered_at DESC LIMIT 1",
            r => StoredJson.Answer(r.GetString(0)),
            new NpgsqlParameter("platform", platform),
            new NpgsqlParameter("message", messageId),
            new NpgsqlParameter("now", now.ToUniversalTime())).FirstOrDefault();

    public AnswerRecord? Answer(string id) =>
        _db.Query("SELECT body::text FROM chat_answers WHERE id = @id", r => StoredJson.Answer(r.GetString(0)), new NpgsqlParameter("id", id)).FirstOrDefault();

    public IReadOnlyList<AnswerRecord> Answers() =>
        _db.Query("SELECT body::text FROM chat_answers ORDER BY answered_at, id COLLATE \"C\"", r => StoredJson.Answer(r.GetString(0)));

    public AnswerRecord? LatestInThread(string platform, string channel, string thread, DateTimeOffset now) =>
        Latest("thread", platform, channel, thread, now);

    public AnswerRecord? AnswerToMessage(string platform, string channel, string messageId, DateTimeOffset now) =>
        Latest("question_message", platform, channel, messageId, now);

    public bool SaveFeedback(FeedbackRecord feedback)
    {
        ArgumentNullException.ThrowIfNull(feedback);

        // xmax is 0 on a row this statement inserted, and set on one it updated.
        return _db.Query(
            "INSERT INTO chat_feedback (answer_id, user_id, at, body) VALUES (@answer, @user, @at, @body) " +
            "ON CONFLICT (answer_id, user_id) DO UPDATE SET at = excluded.at, body = excluded.body RETURNING (xmax = 0)",
            r => r.GetBoolean(0),
            new NpgsqlParameter("answer", feedback.AnswerId),
            new NpgsqlParameter("user", feedback.User),
            new NpgsqlParameter("at", feedback.At.ToUniversalTime()),
            new NpgsqlParameter("body", NpgsqlDbType.Jsonb) { Value = StoredJson.Feedback(feedback) }).Single();
    }

    public IReadOnlyList<FeedbackRecord> Feedback(DateTimeOffset? since) =>
        _db.Query(
            "SELECT body::text FROM chat_feedback WHERE @since::timestamptz IS NULL OR at >= @since ORDER BY at DESC, answer_id COLLATE \"C\", user_id COLLATE \"C\"",
            r => StoredJson.Feedback(r.GetString(0)),
            new NpgsqlParameter("since", NpgsqlDbType.TimestampTz) { Value = since is { } from ? from.ToUniversalTime() : DBNull.Value });

    private static void Upsert(NpgsqlConnection connection, NpgsqlTransaction transaction, AnswerRecord answer)
    {
        using NpgsqlCommand save = Database.Command(
            connection,
            transaction,
            "INSERT INTO chat_answers (id, platform, channel, thread, question_message, answered_at, expires, posted, body) " +
            "VALUES (@id, @platform, @channel, @thread, @message, @answered, @expires, @posted, @body) " +
            "ON CONFLICT (id) DO UPDATE SET platform = excluded.platform, channel = excluded.channel, thread = excluded.thread, " +
            "question_message = excluded.question_message, answered_at = excluded.answered_at, expires = excluded.expires, " +
            "posted = excluded.posted, body = excluded.body",
            new NpgsqlParameter("id", answer.Id),
            new NpgsqlParameter("platform", answer.Platform),
            new NpgsqlParameter("channel", answer.Channel),
            new NpgsqlParameter("thread", NpgsqlDbType.Text) { Value = (object?)answer.Thread ?? DBNull.Value },
            new NpgsqlParameter("message", NpgsqlDbType.Text) { Value = (object?)answer.QuestionMessage ?? DBNull.Value },
            new NpgsqlParameter("answered", answer.AnsweredAt.ToUniversalTime()),
            new NpgsqlParameter("expires", answer.Expires.ToUniversalTime()),
            new NpgsqlParameter("posted", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = answer.PostedMessages.ToArray() },
            new NpgsqlParameter("body", NpgsqlDbType.Jsonb) { Value = StoredJson.Answer(answer) });
        save.ExecuteNonQuery();
    }

    private AnswerRecord? Latest(string column, string platform, string channel, string key, DateTimeOffset now) =>
        _db.Query(
            $"SELECT body::text FROM chat_answers WHERE platform = @platform AND channel = @channel AND {column} = @key AND expires > @now ORDER BY answered_at DESC LIMIT 1",
            r => StoredJson.Answer(r.GetString(0)),
            new NpgsqlParameter("platform", platform),
            new NpgsqlParameter("channel", channel),
            new NpgsqlParameter("key", key),
            new NpgsqlParameter("now", now.ToUniversalTime())).FirstOrDefault();
}
