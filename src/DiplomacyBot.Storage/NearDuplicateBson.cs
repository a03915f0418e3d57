using System.Buffers.Binary;
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
        ["published"] = BsonFields.Day(r.Published),
        ["ingestedAt"] = r.IngestedAt.UtcDateTime,
        ["original"] = BsonFields.Optional(r.OriginalId),
        ["similarity"] = r.Similarity,
    };

    public static void SetLink(BsonDocument d, string? originalId, double similarity)
    {
        d["original"] = BsonFields.Optional(originalId);
        d["similarity"] = similarity;
    }

    public static NearDuplicateRecord FromDocument(BsonDocument d) => new(
        d["_id"].AsString,
        d["signature"].IsNull ? null : Unpack(d["signature"].AsBinary),
        d["hash"].AsString,
        d["published"].AsDay(),
        d["ingestedAt"].AsUtc(),
        d["original"].AsOptionalString(),
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
