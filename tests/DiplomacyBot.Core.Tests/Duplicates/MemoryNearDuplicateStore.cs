using DiplomacyBot.Core.Duplicates;

namespace DiplomacyBot.Core.Tests.Duplicates;

/// <summary>Near-duplicate records in a dictionary, saved the way the LiteDB store saves them.</summary>
internal sealed class MemoryNearDuplicateStore : INearDuplicateStore
{
    private readonly SortedDictionary<string, NearDuplicateRecord> records = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, NearDuplicateRecord> Records => records;

    public IEnumerable<NearDuplicateRecord> NearDuplicateRecords() => records.Values.ToList();

    public IReadOnlyList<ulong>? NearDuplicateSignature(string articleId) => records.GetValueOrDefault(articleId)?.Signature;

    public IReadOnlyDictionary<string, string> NearDuplicateLinks() =>
        records.Values.Where(r => r.OriginalId is not null).ToDictionary(r => r.ArticleId, r => r.OriginalId!, StringComparer.Ordinal);

    public void SaveNearDuplicateRecords(IReadOnlyList<NearDuplicateRecord> saved, IReadOnlyList<NearDuplicateRelink>? relinks = null)
    {
        foreach (NearDuplicateRecord record in saved)
        {
            records[record.ArticleId] = record;
        }

        foreach (NearDuplicateRelink relink in relinks ?? [])
        {
            records[relink.ArticleId] = records[relink.ArticleId] with { OriginalId = relink.OriginalId, Similarity = relink.Similarity };
        }
    }

    /// <summary>Every record as plain values, signatures compared by content.</summary>
    public List<string> Snapshot() => records.Values
        .Select(r => $"{r.ArticleId} sig={(r.Signature is null ? "-" : string.Join(',', r.Signature))} hash={r.ContentHash} published={r.Published} ingested={r.IngestedAt.UtcTicks} original={r.OriginalId} similarity={r.Similarity}")
        .ToList();
}
