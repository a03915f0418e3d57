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
    public Session Open(IArticleStore articles, ContentHashIndex? contentHashes = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ContentHashIndex hashes = contentHashes ?? ContentHashIndex.Of(articles.EnumerateContentHashes());
        var session = new Session(store, options.Threshold);
        session.Load(store.NearDuplicateRecords().Where(r => hashes.Holds(r.ArticleId, r.ContentHash)));
        var stale = hashes.Ids.Where(id => !session.Contains(id)).ToHashSet(StringComparer.Ordinal);
        if (stale.Count > 0)
        {
            var order = articles.All().Where(a => stale.Contains(a.Id)).Select(a => (a.IngestedAt, a.Id))
                .OrderBy(a => a.IngestedAt).ThenBy(a => a.Id, StringComparer.Ordinal).Select(a => a.Id).ToList();
            foreach (string[] chunk in order.Chunk(500))
            {
                session.Link(chunk.Select(id => articles.Get(id)).OfType<Article>().ToList());
            }
        }

        return session;
    }

    /// <summary>
    /// The loaded signatures of one ingest; <see cref="Link"/> is called after each stored batch. Articles are numbered
    /// as they are first seen, and what linking needs of each is kept in plain arrays by number: the LSH bands and a
    /// fingerprint of the signature. A full signature is read back from the store only for a candidate whose
    /// fingerprint could reach the threshold, which in practice is one that does.
    /// </summary>
    public sealed class Session
    {
        /// <summary>Candidates checked per article, those sharing the most bands first.</summary>
        private const int MaxCandidates = 32;

        private const int None = -1;

        private readonly INearDuplicateStore store;
        private readonly double threshold;
        private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
        private readonly List<string> ids = [];
        private readonly SignatureFingerprints fingerprints = new();
        private readonly Dictionary<int, HashSet<int>> copiesOf = [];
        private readonly LshIndex lsh = new();
        private readonly IdOrder byId;
        private Member[] members = new Member[1024];

        internal Session(INearDuplicateStore store, double threshold)
        {
            this.store = store;
            this.threshold = threshold;
            byId = new IdOrder(ids);
        }

        /// <summary>
        /// Saves a batch of articles with the changes <see cref="Prepare"/> made for it; returns the articles' new
        /// generation. <paramref name="replacing"/>, when given, names the only articles of the batch that can be stored already.
        /// </summary>
        public long Save(IArticleStore articles, IReadOnlyList<Article> batch, NearDuplicateChanges changes, IReadOnlySet<string>? replacing = null) =>
            store.SaveWithArticles(articles, batch, changes, replacing);

        internal bool Contains(string id) => numbers.TryGetValue(id, out int n) && members[n].Present;

        internal void Load(IEnumerable<NearDuplicateRecord> loaded)
        {
            foreach (NearDuplicateRecord record in loaded)
            {
                int n = Number(record.ArticleId);
                ulong[]? signature = record.Signature?.ToArray();
                if (signature is not null)
                {
                    fingerprints.Set(n, signature);
                }

                Track(n, new Member
                {
                    Present = true,
                    HasSignature = record.Signature is not null,
                    Published = PublishedKey(record.Published),
                    IngestedTicks = record.IngestedAt.UtcTicks,
                    Original = record.OriginalId is { } original ? Number(original) : None,
                    Similarity = record.Similarity,
                });
                if (signature is not null)
                {
                    lsh.Add(n, signature);
                }
            }
        }

        /// <summary>
        /// Fingerprints the stored articles (unless <paramref name="signatures"/> already holds an article's), links them
        /// into groups and saves what changed; returns the new links.
        /// </summary>
        public IReadOnlyList<NearDuplicateNote> Link(IReadOnlyList<Article> batch, IReadOnlyDictionary<Article, ulong[]?>? signatures = null)
        {
            NearDuplicateChanges changes = Prepare(batch, signatures);
            if (!changes.IsEmpty)
            {
                store.SaveNearDuplicateRecords(changes.Records, changes.Relinks);
            }

            return changes.Notes;
        }

        /// <summary>
        /// Links a batch of articles about to be stored as <see cref="Link"/> does, but leaves saving the changes to the
        /// caller, which stores them with the articles in one transaction
        /// (<see cref="INearDuplicateStore.SaveWithArticles"/>) before it prepares the next batch.
        /// </summary>
        public NearDuplicateChanges Prepare(IReadOnlyList<Article> batch, IReadOnlyDictionary<Article, ulong[]?>? signatures = null)
        {
            ArgumentNullException.ThrowIfNull(batch);
            var fingerprinted = batch.AsParallel().AsOrdered()
                .Select(a => (Article: a, Signature: signatures is not null && signatures.TryGetValue(a, out ulong[]? known) ? known : MinHash.Signature(a.CleanText)))
                .ToList();
            var changed = new HashSet<int>();
            var added = new Dictionary<int, (Article Article, ulong[]? Signature)>();
            var read = new Dictionary<int, IReadOnlyList<ulong>>();
            ReadOnlySpan<ulong> Full(int n) =>
                added.TryGetValue(n, out var fresh) ? fresh.Signature
                : read.TryGetValue(n, out IReadOnlyList<ulong>? known) ? Values(known)
                : Values(read[n] = store.NearDuplicateSignature(ids[n]) ?? throw new InvalidOperationException($"the near-duplicate signature of '{ids[n]}' is missing from the store"));
            var notes = new List<NearDuplicateNote>();
            foreach (var (article, signature) in fingerprinted)
            {
                int self = Number(article.Id);
                if (members[self].Present)
                {
                    Detach(self, changed, Full);
                }

                read.Remove(self);
                added[self] = (article, signature);
                if (signature is not null)
                {
                    fingerprints.Set(self, signature);
                }

                Track(self, new Member
                {
                    Present = true,
                    HasSignature = signature is not null,
                    Published = PublishedKey(article.Published.Value),
                    IngestedTicks = article.IngestedAt.UtcTicks,
                    Original = None,
                });
                changed.Add(self);
                if (signature is null)
                {
                    continue;
                }

                var matches = lsh.Candidates(signature, MaxCandidates, byId)
                    .Where(n => n != self && members[n].HasSignature && fingerprints.UpperSimilarity(n, signature) >= threshold && MinHash.SimilarityOf(signature, Full(n)) >= threshold)
                    .ToList();
                lsh.Add(self, signature);
                if (matches.Count == 0)
                {
                    continue;
                }

                var roots = matches.Select(n => GroupOf(n)).Distinct().ToList();
                var group = roots.SelectMany(Members).Append(self).Distinct().ToList();
                int original = Earliest(group, newcomer: self);
                if (roots.Count == 1 && original == roots[0])
                {
                    // The usual case: a copy joins a group whose original stays; only the newcomer changes.
                    Put(self, LinkTo(self, original, Full), changed);
                }
                else
                {
                    foreach (int member in group)
                    {
                        Put(member, LinkTo(member, original, Full), changed);
                    }
                }

                Member linked = members[self];
                if (linked.Original != None)
                {
                    notes.Add(new NearDuplicateNote(article.Id, ids[linked.Original], linked.Similarity));
                }
                else
                {
                    notes.AddRange(Copies(self).Select(n => new NearDuplicateNote(ids[n], article.Id, members[n].Similarity)));
                }
            }

            var records = new List<NearDuplicateRecord>();
            var relinks = new List<NearDuplicateRelink>();
            if (changed.Count > 0)
            {
                foreach (int n in changed)
                {
                    Member member = members[n];
                    string? originalId = member.Original == None ? null : ids[member.Original];
                    if (added.TryGetValue(n, out var fresh))
                    {
                        records.Add(new NearDuplicateRecord(
                            fresh.Article.Id, fresh.Signature, fresh.Article.ContentHash, fresh.Article.Published.Value, fresh.Article.IngestedAt, originalId, member.Similarity));
                    }
                    else
                    {
                        relinks.Add(new NearDuplicateRelink(ids[n], originalId, member.Similarity));
                    }
                }

            }

            return new NearDuplicateChanges(records, relinks, notes);
        }

        private int Number(string id)
        {
            if (!numbers.TryGetValue(id, out int n))
            {
                n = ids.Count;
                numbers[id] = n;
                ids.Add(id);
                if (n >= members.Length)
                {
                    Array.Resize(ref members, members.Length * 2);
                }

                members[n] = new Member { Original = None };
            }

            return n;
        }

        private int GroupOf(int n) => members[n].Original == None ? n : members[n].Original;

        /// <summary>Takes an article out before its new version is linked; copies of it elect a new original among themselves.</summary>
        private void Detach(int earlier, HashSet<int> changed, SignatureOf full)
        {
            if (members[earlier].HasSignature)
            {
                lsh.Remove(earlier, full(earlier));
            }

            var copies = Copies(earlier);
            if (copies.Count == 0)
            {
                return;
            }

            int original = Earliest(copies);
            foreach (int copy in copies)
            {
                Put(copy, copies.Count == 1 ? members[copy] with { Original = None, Similarity = 0 } : LinkTo(copy, original, full), changed);
            }
        }

        /// <summary>A group's members: its original (when it is stored) and then its copies in id order.</summary>
        private IEnumerable<int> Members(int root) =>
            members[root].Present ? Copies(root).Prepend(root) : Copies(root);

        private List<int> Copies(int original) =>
            copiesOf.TryGetValue(original, out HashSet<int>? copies) ? copies.Order(byId).ToList() : [];

        private Member LinkTo(int member, int original, SignatureOf full) =>
            member == original
                ? members[member] with { Original = None, Similarity = 0 }
                : members[member] with
                {
                    Original = original,
                    Similarity = members[member].HasSignature && members[original].HasSignature
                        ? Math.Round(MinHash.SimilarityOf(full(member), full(original)), 3)
                        : 0,
                };

        private void Put(int n, Member member, HashSet<int> changed)
        {
            if (members[n] != member)
            {
                Track(n, member);
                changed.Add(n);
            }
        }

        /// <summary>Stores the member and keeps the original → copies map in step with it.</summary>
        private void Track(int n, Member member)
        {
            if (members[n].Present && members[n].Original is var before && before != None && copiesOf.TryGetValue(before, out HashSet<int>? old))
            {
                old.Remove(n);
                if (old.Count == 0)
                {
                    copiesOf.Remove(before);
                }
            }

            members[n] = member;
            if (member.Original != None)
            {
                if (!copiesOf.TryGetValue(member.Original, out HashSet<int>? copies))
                {
                    copiesOf[member.Original] = copies = [];
                }

                copies.Add(n);
            }
        }

        /// <summary>
        /// The original of a group: the earliest publication date (undated last); on a tie, an article already in the
        /// group before <paramref name="newcomer"/>, then the first ingested, then the id.
        /// </summary>
        private int Earliest(IReadOnlyList<int> group, int newcomer = None)
        {
            int best = group[0];
            for (int i = 1; i < group.Count; i++)
            {
                if (Compare(group[i], best, newcomer) < 0)
                {
                    best = group[i];
                }
            }

            return best;
        }

        private int Compare(int a, int b, int newcomer)
        {
            int order = members[a].Published.CompareTo(members[b].Published);
            if (order == 0)
            {
                order = (a == newcomer ? 1 : 0).CompareTo(b == newcomer ? 1 : 0);
            }

            if (order == 0)
            {
                order = members[a].IngestedTicks.CompareTo(members[b].IngestedTicks);
            }

            return order != 0 ? order : string.CompareOrdinal(ids[a], ids[b]);
        }

        private static ReadOnlySpan<ulong> Values(IReadOnlyList<ulong> signature) => signature as ulong[] ?? [.. signature];

        /// <summary>Dated articles by date, undated ones after every date.</summary>
        private static int PublishedKey(DateOnly? published) => published?.DayNumber ?? int.MaxValue;

        /// <summary>The full signature of an article that has one, from the batch being linked or the store.</summary>
        private delegate ReadOnlySpan<ulong> SignatureOf(int member);

        /// <summary>What linking keeps of one article.</summary>
        private readonly record struct Member
        {
            /// <summary>False for a number given to an original that is not (or not yet) loaded.</summary>
            public bool Present { get; init; }

            public bool HasSignature { get; init; }

            public int Published { get; init; }

            public long IngestedTicks { get; init; }

            public int Original { get; init; }

            public double Similarity { get; init; }
        }

        /// <summary>Numbers ordered by the ordinal order of the ids they stand for.</summary>
        private sealed class IdOrder(List<string> ids) : IComparer<int>
        {
            public int Compare(int x, int y) => string.CompareOrdinal(ids[x], ids[y]);
        }
    }
}
