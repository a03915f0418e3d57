using System.Buffers.Binary;
using System.Globalization;
using DiplomacyBot.Core.Duplicates;
using LiteDB;

namespace DiplomacyBot.Storage;

/// <summary>A near-duplicate record as BSON; the signature is packed as little-endian bytes.</summary>
internal static class NearDuplicateBson
{
    public static BsonDocument ToDocument(NearDuplicateRecord r) => new()
    {
        ["_id"] = r.ArticleId,
        ["signature"] = r.Signature is { } s ? new BsonValue(Pack(s)) : BsonValue.Null,
        ["hash"] = r.ContentHash,
        ["published"] = r.Published is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : BsonValue.Null,
        ["ingestedAt"] = r.IngestedAt.UtcDateTime,
        ["original"] = r.OriginalId is null ? BsonValue.Null : r.OriginalId,
        ["similarity"] = r.Similarity,
    };

    public static void SetLink(BsonDocument d, string? originalId, double similarity)
    {
        d["original"] = originalId is null ? BsonValue.Null : originalId;
        d["similarity"] = similarity;
    }

    public static NearDuplicateRecord FromDocument(BsonDocument d) => new(
        d["_id"].AsString,
        d["signature"].IsNull ? null : Unpack(d["signature"].AsBinary),
        d["hash"].AsString,
        d["published"].IsNull ? null : DateOnly.ParseExact(d["published"].AsString, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        new DateTimeOffset(d["ingestedAt"].AsDateTime.ToUniversalTime(), TimeSpan.Zero),
        d["original"].IsNull ? null : d["original"].AsString,
        d["similarity"].AsDouble);

    private static byte[] Pack(IReadOnlyList<ulong> values)
    {
        var bytes = new byte[values.Count * sizeof(ulong)];
        for (int i = 0; i < values.Count; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(i * sizeof(ulong)), values[i]);
        }

        return bytes;
    }

    private static ulong[] Unpack(byte[] bytes)
    {
        var values = new ulong[bytes.Length / sizeof(ulong)];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(i * sizeof(ulong)));
        }

        return values;
    }
}
