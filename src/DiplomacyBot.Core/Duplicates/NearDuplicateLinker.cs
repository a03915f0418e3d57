using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Storage;

namespace DiplomacyBot.Core.Duplicates;

/// <summary>
/// Links syndicated copies of one story. Each article gets a MinHash signature of its clean text; an article whose
/// estimated similarity to a stored one reaches the threshold joins that article's group. The group's original is
/// the earliest published member (undated members last, then the first ingested); every other member links to it.
/// </summary>
public sealed class NearDuplicateLinker(INearDuplicateStore store, NearDuplicateOptions options)
{
    public double Threshold => options.Threshold;

    /// <summary>
    /// Loads every signature, first computing those missing or stale (articles stored before near-duplicate detection,
    /// or replaced while the links were not saved), so the links always reflect the stored texts.
    /// </summary>
    public Session Open(IArticleStore articles, IReadOnlyDictionary<string, string>? contentHashes = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var hashes = contentHashes ?? articles.ContentHashes();
        var session = new Session(store, options.Threshold);
        var stale = new HashSet<string>(StringComparer.Ordinal);
        var current = new List<NearDuplicateRecord>();
        foreach (NearDuplicateRecord record in store.NearDuplicateRecords())
        {
            if (hashes.TryGetValue(record.ArticleId, out string? hash) && hash == record.ContentHash)
            {
                current.Add(record);
            }
        }

        session.Load(current);
        foreach (string id in hashes.Keys)
        {
            if (!session.Contains(id))
            {
                stale.Add(id);
            }
        }

        if (stale.Count > 0)
        {
            foreach (Article[] chunk in articles.All().Where(a => stale.Contains(a.Id)).OrderBy(a => a.IngestedAt).ThenBy(a => a.Id, StringComparer.Ordinal).Chunk(500))
            {
                session.Link(chunk);
            }
        }

        return session;
    }

    /// <summary>The loaded signatures of one ingest; <see cref="Link"/> is called after each stored batch.</summary>
    public sealed class Session
    {
        /// <summary>Candidates checked per article, those sharing the most bands first.</summary>
        private const int MaxCandidates = 32;

        private readonly INearDuplicateStore store;
        private readonly double threshold;
        private readonly Dictionary<string, NearDuplicateRecord> records = new(StringComparer.Ordinal);
        private readonly Dictionary<string, HashSet<string>> copiesOf = new(StringComparer.Ordinal);
        private readonly LshIndex lsh = new();

        internal Session(INearDuplicateStore store, double threshold)
        {
            this.store = store;
            this.threshold = threshold;
        }

        internal bool Contains(string id) => records.ContainsKey(id);

        internal void Load(IEnumerable<NearDuplicateRecord> loaded)
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
}
