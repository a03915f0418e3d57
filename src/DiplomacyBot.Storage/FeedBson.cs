using DiplomacyBot.Core.Feeds;
using LiteDB;

namespace DiplomacyBot.Storage;

/// <summary>A feed subscription as BSON, keyed by its URL.</summary>
internal static class FeedBson
{
    public static BsonDocument ToDocument(FeedSubscription f) => new()
    {
        ["_id"] = f.Url,
        ["title"] = BsonFields.Optional(f.Title),
        ["addedAt"] = f.AddedAt.UtcDateTime,
        ["etag"] = BsonFields.Optional(f.ETag),
        ["lastModified"] = BsonFields.Optional(f.LastModified),
        ["lastPolledAt"] = f.LastPolledAt is { } polled ? polled.UtcDateTime : BsonValue.Null,
        ["nextPollAt"] = f.NextPollAt.UtcDateTime,
        ["errorCount"] = f.ErrorCount,
        ["lastError"] = BsonFields.Optional(f.LastError),
        ["seen"] = new BsonArray(f.SeenItemIds.Select(id => new BsonValue(id))),
        ["itemFailures"] = new BsonDocument(f.ItemFailures.ToDictionary(p => Escape(p.Key), p => new BsonValue(p.Value))),
        ["itemsIngested"] = f.ItemsIngested,
    };

    public static FeedSubscription FromDocument(BsonDocument d) => new()
    {
        Url = d["_id"].AsString,
        Title = d["title"].AsOptionalString(),
        AddedAt = d["addedAt"].AsUtc(),
        ETag = d["etag"].AsOptionalString(),
        LastModified = d["lastModified"].AsOptionalString(),
        LastPolledAt = d["lastPolledAt"].IsNull ? null : d["lastPolledAt"].AsUtc(),
        NextPollAt = d["nextPollAt"].AsUtc(),
        ErrorCount = d["errorCount"].AsInt32,
        LastError = d["lastError"].AsOptionalString(),
        SeenItemIds = d["seen"].AsArray.Select(v => v.AsString).ToList(),
        ItemFailures = d["itemFailures"].AsDocument.ToDictionary(p => Unescape(p.Key), p => p.Value.AsInt32, StringComparer.Ordinal),
        ItemsIngested = d["itemsIngested"].AsInt32,
    };

    // Item ids are often URLs; BSON field names may not hold '.' or start with '$', so they are hex-encoded.
    private static string Escape(string id) => Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(id));

    private static string Unescape(string key) => System.Text.Encoding.UTF8.GetString(Convert.FromHexString(key));
}
