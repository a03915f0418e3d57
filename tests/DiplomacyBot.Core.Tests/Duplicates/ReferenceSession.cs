using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Duplicates;

namespace DiplomacyBot.Core.Tests.Duplicates;

/// <summary>The linking session before its state was packed into arrays, kept as the model the compact one is checked against.</summary>
internal sealed class ReferenceSession
{
    /// <summary>Candidates checked per article, those sharing the most bands first.</summary>
    private const int MaxCandidates = 32;

    private readonly INearDuplicateStore store;
    private readonly double threshold;
    private readonly Dictionary<string, NearDuplicateRecord> records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> copiesOf = new(StringComparer.Ordinal);
    private readonly ReferenceLshIndex lsh = new();

    public ReferenceSession(INearDuplicateStore store, double threshold)
    {
        this.store = store;
        this.threshold = threshold;
    }

    internal bool Contains(string id) => records.ContainsKey(id);

    public void Load(IEnumerable<NearDuplicateRecord> loaded)
    {
        foreach (NearDuplicateRecord record in loaded)
        {
            Track(record);
            if (record.Signature is { } signature)
            {
                lsh.Add(record.ArticleId, signature);
            }
        }
    }

    /// <summary>
    /// Fingerprints the stored articles (unless <paramref name="signatures"/> already holds an article's), links them
    /// into groups and saves what changed; returns the new links.
    /// </summary>
    public IReadOnlyList<NearDuplicateNote> Link(IReadOnlyList<Article> batch, IReadOnlyDictionary<Article, ulong[]?>? signatures = null)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var fingerprinted = batch.AsParallel().AsOrdered()
            .Select(a => (Article: a, Signature: signatures is not null && signatures.TryGetValue(a, out ulong[]? known) ? known : MinHash.Signature(a.CleanText)))
            .ToList();
        var changed = new Dictionary<string, NearDuplicateRecord>(StringComparer.Ordinal);
        var notes = new List<NearDuplicateNote>();
        foreach (var (article, signature) in fingerprinted)
        {
            if (records.TryGetValue(article.Id, out NearDuplicateRecord? earlier))
            {
                Detach(earlier, changed);
            }

            var record = new NearDuplicateRecord(article.Id, signature, article.ContentHash, article.Published.Value, article.IngestedAt);
            Put(record, changed);
            if (signature is null)
            {
                continue;
            }

            var matches = lsh.Candidates(signature, MaxCandidates)
                .Where(id => id != article.Id && records[id].Signature is { } other && MinHash.Similarity(signature, other) >= threshold)
                .ToList();
            lsh.Add(article.Id, signature);
            if (matches.Count == 0)
            {
                continue;
            }

            var roots = matches.Select(id => records[id].GroupId).Distinct(StringComparer.Ordinal).ToList();
            var members = roots.SelectMany(Members).Append(record).DistinctBy(r => r.ArticleId).ToList();
            NearDuplicateRecord original = Earliest(members, newcomer: article.Id);
            if (roots.Count == 1 && original.ArticleId == roots[0])
            {
                // The usual case: a copy joins a group whose original stays; only the newcomer changes.
                Put(LinkTo(record, original), changed);
            }
            else
            {
                foreach (NearDuplicateRecord member in members)
                {
                    Put(LinkTo(member, original), changed);
                }
            }

            NearDuplicateRecord linked = records[article.Id];
            if (linked.OriginalId is { } originalId)
            {
                notes.Add(new NearDuplicateNote(article.Id, originalId, linked.Similarity));
            }
            else
            {
                notes.AddRange(Copies(article.Id).Select(id => new NearDuplicateNote(id, article.Id, records[id].Similarity)));
            }
        }

        if (changed.Count > 0)
        {
            store.SaveNearDuplicateRecords(changed.Values.ToList());
        }

        return notes;
    }

    /// <summary>Takes an article out before its new version is linked; copies of it elect a new original among themselves.</summary>
    private void Detach(NearDuplicateRecord earlier, Dictionary<string, NearDuplicateRecord> changed)
    {
        if (earlier.Signature is { } signature)
        {
            lsh.Remove(earlier.ArticleId, signature);
        }

        var copies = Copies(earlier.ArticleId).Select(id => records[id]).ToList();
        if (copies.Count == 0)
        {
            return;
        }

        NearDuplicateRecord original = Earliest(copies.Select(c => c with { OriginalId = null, Similarity = 0 }).ToList());
        foreach (NearDuplicateRecord copy in copies)
        {
            Put(copies.Count == 1 ? copy with { OriginalId = null, Similarity = 0 } : LinkTo(copy, original), changed);
        }
    }

    private IEnumerable<NearDuplicateRecord> Members(string root) =>
        Copies(root).Select(id => records[id]).Prepend(records[root]);

    private IEnumerable<string> Copies(string original) =>
        copiesOf.TryGetValue(original, out HashSet<string>? ids) ? ids.Order(StringComparer.Ordinal).ToList() : [];

    private static NearDuplicateRecord LinkTo(NearDuplicateRecord member, NearDuplicateRecord original) =>
        member.ArticleId == original.ArticleId
            ? member with { OriginalId = null, Similarity = 0 }
            : member with
            {
                OriginalId = original.ArticleId,
                Similarity = member.Signature is { } a && original.Signature is { } b ? Math.Round(MinHash.Similarity(a, b), 3) : 0,
            };

    private void Put(NearDuplicateRecord record, Dictionary<string, NearDuplicateRecord> changed)
    {
        if (!records.TryGetValue(record.ArticleId, out NearDuplicateRecord? existing) || existing != record)
        {
            Track(record);
            changed[record.ArticleId] = record;
        }
    }

    /// <summary>Stores the record and keeps the original → copies map in step with it.</summary>
    private void Track(NearDuplicateRecord record)
    {
        if (records.TryGetValue(record.ArticleId, out NearDuplicateRecord? existing) && existing.OriginalId is { } before
            && copiesOf.TryGetValue(before, out HashSet<string>? old))
        {
            old.Remove(record.ArticleId);
            if (old.Count == 0)
            {
                copiesOf.Remove(before);
            }
        }

        records[record.ArticleId] = record;
        if (record.OriginalId is { } after)
        {
            if (!copiesOf.TryGetValue(after, out HashSet<string>? ids))
            {
                copiesOf[after] = ids = new HashSet<string>(StringComparer.Ordinal);
            }

            ids.Add(record.ArticleId);
        }
    }

    /// <summary>
    /// The original of a group: the earliest publication date (undated last); on a tie, an article already in the
    /// group before <paramref name="newcomer"/>, then the first ingested, then the id.
    /// </summary>
    private static NearDuplicateRecord Earliest(IReadOnlyList<NearDuplicateRecord> members, string? newcomer = null) => members
        .OrderBy(m => m.Published.HasValue ? 0 : 1)
        .ThenBy(m => m.Published ?? DateOnly.MaxValue)
        .ThenBy(m => m.ArticleId == newcomer ? 1 : 0)
        .ThenBy(m => m.IngestedAt)
        .ThenBy(m => m.ArticleId, StringComparer.Ordinal)
        .First();
}
