using DiplomacyBot.Core.Feeds;
using LiteDB;

namespace DiplomacyBot.Storage;

/// <summary>A feed subscription as BSON, keyed by its URL.</summary>
internal static class FeedBson
{
    public static BsonDocument ToDocument(FeedSubscription f) => new()
    {
        ["_id"] = f.Url,
        ["title"] = f.Title is null ? BsonValue.Null : f.Title,
        ["addedAt"] = f.AddedAt.UtcDateTime,
        ["etag"] = f.ETag is null ? BsonValue.Null : f.ETag,
        ["lastModified"] = f.LastModified is null ? BsonValue.Null : f.LastModified,
        ["lastPolledAt"] = f.LastPolledAt is { } polled ? polled.UtcDateTime : BsonValue.Null,
        ["nextPollAt"] = f.NextPollAt.UtcDateTime,
        ["errorCount"] = f.ErrorCount,
        ["lastError"] = f.LastError is null ? BsonValue.Null : f.LastError,
        ["seen"] = new BsonArray(f.SeenItemIds.Select(id => new BsonValue(id))),
        ["itemFailures"] = new BsonDocument(f.ItemFailures.ToDictionary(p => Escape(p.Key), p => new BsonValue(p.Value))),
        ["itemsIngested"] = f.ItemsIngested,
    };

    public static FeedSubscription FromDocument(BsonDocument d) => new()
    {
        Url = d["_id"].AsString,
        Title = d["title"].IsNull ? null : d["title"].AsString,
        AddedAt = Utc(d["addedAt"]),
        ETag = d["etag"].IsNull ? null : d["etag"].AsString,
        LastModified = d["lastModified"].IsNull ? null : d["lastModified"].AsString,
        LastPolledAt = d["lastPolledAt"].IsNull ? null : Utc(d["lastPolledAt"]),
        NextPollAt = Utc(d["nextPollAt"]),
        ErrorCount = d["errorCount"].AsInt32,
        LastError = d["lastError"].IsNull ? null : d["lastError"].AsString,
        SeenItemIds = d["seen"].AsArray.Select(v => v.AsString).ToList(),
        ItemFailures = d["itemFailures"].AsDocument.ToDictionary(p => Unescape(p.Key), p => p.Value.AsInt32, StringComparer.Ordinal),
        ItemsIngested = d["itemsIngested"].AsInt32,
    };

    private static DateTimeOffset Utc(BsonValue value) =>
        new(value.AsDateTime.ToUniversalTime(), TimeSpan.Zero);

    // Item ids are often URLs; BSON field names may not hold '.' or start with '$', so they are hex-encoded.
    private static string Escape(string id) => Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(id));

    private static string Unescape(string key) => System.Text.Encoding.UTF8.GetString(Convert.FromHexString(key));
}
