using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Duplicates;

namespace DiplomacyBot.Core.Storage;

/// <summary>
/// Copies one store into another (a LiteDB file into the PostgreSQL database replicas share): articles, near-duplicate
/// records, sentence vectors, feeds, bot state, and the chat's answers and ratings. What the target already holds unchanged (an article or vectors
/// with the same content hash, a subscribed feed) is left alone, so running it again copies nothing twice.
/// </summary>
public static class StoreCopier
{
    private const int Batch = 500;

    public static StoreCopyReport Copy(StoreSet from, StoreSet to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var report = new StoreCopyReport();
        IReadOnlyDictionary<string, string> held = to.Store.ContentHashes();
        foreach (Article[] chunk in from.Store.All().Where(a => !(held.TryGetValue(a.Id, out string? hash) && hash == a.ContentHash)).Chunk(Batch))
        {
            to.Store.Save(chunk);
            report.Articles += chunk.Length;
        }

        var linked = to.Store.NearDuplicateRecords().ToDictionary(r => r.ArticleId, r => (r.ContentHash, r.OriginalId), StringComparer.Ordinal);
        foreach (NearDuplicateRecord[] chunk in from.Store.NearDuplicateRecords()
            .Where(r => !(linked.TryGetValue(r.ArticleId, out var there) && there == (r.ContentHash, r.OriginalId))).Chunk(Batch))
        {
            to.Store.SaveNearDuplicateRecords(chunk);
            report.NearDuplicateRecords += chunk.Length;
        }

        foreach (string model in from.Embeddings.Models())
        {
            IReadOnlyDictionary<string, string> embedded = to.Embeddings.ContentHashes(model);
            foreach (ArticleVectors[] chunk in from.Embeddings.All(model).Where(v => !(embedded.TryGetValue(v.ArticleId, out string? hash) && hash == v.ContentHash)).Chunk(Batch))
            {
                to.Embeddings.Save(chunk);
                report.Vectors += chunk.Length;
            }
        }

        foreach (var feed in from.Store.Feeds())
        {
            report.Feeds += to.Store.AddFeed(feed) ? 1 : 0;
        }

        foreach ((string key, string value) in from.Store.StateWithPrefix(string.Empty))
        {
            if (to.Store.GetState(key) != value)
            {
                to.Store.SetState(key, value);
                report.States++;
            }
        }

        // The chat's memory: answers (what follow-ups and buttons refer to) and users' ratings of them.
        foreach (Chat.AnswerRecord answer in from.Store.Answers().Where(a => to.Store.Answer(a.Id) is null))
        {
            to.Store.SaveAnswer(answer);
            report.Answers++;
        }

        var rated = to.Store.Feedback(null).ToDictionary(f => (f.AnswerId, f.User), f => (f.Rating, f.At));
        foreach (Chat.FeedbackRecord feedback in from.Store.Feedback(null)
            .Where(f => !(rated.TryGetValue((f.AnswerId, f.User), out var there) && there == (f.Rating, f.At))))
        {
            to.Store.SaveFeedback(feedback);
            report.Ratings++;
        }

        return report;
    }
}
