using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Duplicates;
using DiplomacyBot.Core.Storage;
using LiteDB;

namespace DiplomacyBot.Storage;

/// <summary>Near-duplicate signatures and copy → original links, in the <c>near_duplicates</c> collection.</summary>
public sealed partial class LiteDbArticleStore : INearDuplicateStore
{
    private const string NearDuplicates = "near_duplicates";

    // Paged, so the signatures of a large store are never all decoded at once.
    public IEnumerable<NearDuplicateRecord> NearDuplicateRecords() =>
        Paged(_db.GetCollection(NearDuplicates), select: null, pageSize: 1000).Select(NearDuplicateBson.FromDocument);

    public IReadOnlyList<ulong>? NearDuplicateSignature(string articleId) => _gate.Locked(() =>
        _db.GetCollection(NearDuplicates).FindById(articleId) is { } doc ? NearDuplicateBson.FromDocument(doc).Signature : null);

    /// <summary>The links as last read, and the store generation they were read at.</summary>
    private (long Generation, IReadOnlyDictionary<string, string> Links)? _links;

    /// <summary>
    /// Copy → original, for every linked copy. Every search asks for them, so they are kept in memory and read again
    /// only after this store saved links or the store generation moved (another process ingested).
    /// </summary>
    public IReadOnlyDictionary<string, string> NearDuplicateLinks() => _gate.Locked(() =>
    {
        long generation = StoredGeneration();
        if (_links is { } cached && cached.Generation == generation)
        {
            return cached.Links;
        }

        var links = _db.GetCollection(NearDuplicates).Find(Query.Not("original", BsonValue.Null))
            .ToDictionary(d => d["_id"].AsString, d => d["original"].AsString, StringComparer.Ordinal);
        _links = (generation, links);
        return links;
    });

    /// <summary>Whether any link exists, and the store generation that was read at.</summary>
    private (long Generation, bool Any)? _anyLinks;

    /// <summary>Article id → its original (null for none), as read one by one since the store generation last moved.</summary>
    private readonly Dictionary<string, string?> _originals = new(StringComparer.Ordinal);

    private long _originalsGeneration = -1;

    /// <summary>Ids whose link is remembered at most; past that the memory starts afresh.</summary>
    private const int RememberedOriginals = 50_000;

    public bool HasNearDuplicateLinks() => _gate.Locked(() =>
    {
        long generation = StoredGeneration();
        if (_links is { } cached && cached.Generation == generation)
        {
            return cached.Links.Count > 0;
        }

        if (_anyLinks is { } known && known.Generation == generation)
        {
            return known.Any;
        }

        bool any = _db.GetCollection(NearDuplicates).Exists(Query.GT("original", BsonValue.Null));
        _anyLinks = (generation, any);
        return any;
    });

    /// <summary>
    /// The links of just these articles, each read by id the first time it is asked for at the current store
    /// generation: a search needs the links of a hundred hits, not the whole store's.
    /// </summary>
    public IReadOnlyDictionary<string, string> NearDuplicateOriginals(IReadOnlyCollection<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        var originals = new Dictionary<string, string>(StringComparer.Ordinal);
        _gate.Locked(() =>
        {
            long generation = StoredGeneration();
            if (_links is { } cached && cached.Generation == generation)
            {
                foreach (string id in articleIds)
                {
                    if (cached.Links.TryGetValue(id, out string? linked))
                    {
                        originals[id] = linked;
                    }
                }

                return;
            }

            if (_originalsGeneration != generation || _originals.Count > RememberedOriginals)
            {
                _originals.Clear();
                _originalsGeneration = generation;
            }

            // The ids not yet known are read each by its key: a lookup in the primary index, where a query over the
            // set would parse and compile an expression for every call.
            var links = _db.GetCollection(NearDuplicates);
            foreach (string id in articleIds)
            {
                if (!_originals.ContainsKey(id))
                {
                    _originals[id] = links.FindById(id) is { } doc && doc["original"] is { IsNull: false } value ? value.AsString : null;
                }
            }

            foreach (string id in articleIds)
            {
                if (_originals.GetValueOrDefault(id) is { } original)
                {
                    originals[id] = original;
                }
            }
        });

        return originals;
    }

    public void SaveNearDuplicateRecords(IReadOnlyList<NearDuplicateRecord> records, IReadOnlyList<NearDuplicateRelink>? relinks = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        _gate.Locked(() =>
        {
            _gate.InTransaction(() => WriteNearDuplicates(records, relinks ?? [], static _ => true));
            ForgetLinks();
        });
    }

    /// <summary>The articles and the near-duplicate changes of their batch, in one transaction, when this store holds both.</summary>
    public long SaveWithArticles(IArticleStore articles, IReadOnlyList<Article> batch, NearDuplicateChanges changes, IReadOnlySet<string>? replacing = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(changes);
        if (!ReferenceEquals(articles, this))
        {
            long saved = replacing is null ? articles.Save(batch) : articles.Save(batch, replacing);
            if (!changes.IsEmpty)
            {
                SaveNearDuplicateRecords(changes.Records, changes.Relinks);
            }

            return saved;
        }

        return _gate.Locked(() =>
        {
            long generation = Save(batch, replacing, changes.IsEmpty ? null : mayBeStored => WriteNearDuplicates(changes.Records, changes.Relinks, mayBeStored));
            if (!changes.IsEmpty)
            {
                ForgetLinks();
            }

            return generation;
        });
    }

    /// <summary>
    /// Upserts the records (inserts those of articles that cannot be stored yet, whose records cannot be either) and
    /// moves the relinked articles; the caller holds a transaction.
    /// </summary>
    private void WriteNearDuplicates(IReadOnlyList<NearDuplicateRecord> records, IReadOnlyList<NearDuplicateRelink> relinks, Func<string, bool> mayBeStored)
    {
        var collection = _db.GetCollection(NearDuplicates);
        foreach (NearDuplicateRecord record in records)
        {
            if (mayBeStored(record.ArticleId))
            {
                collection.Upsert(NearDuplicateBson.ToDocument(record));
            }
            else
            {
                collection.Insert(NearDuplicateBson.ToDocument(record));
            }
        }

        foreach (NearDuplicateRelink relink in relinks)
        {
            if (collection.FindById(relink.ArticleId) is { } doc)
            {
                NearDuplicateBson.SetLink(doc, relink.OriginalId, relink.Similarity);
                collection.Update(doc);
            }
        }
    }

    /// <summary>What was read of the links is forgotten once new ones are committed.</summary>
    private void ForgetLinks()
    {
        _links = null;
        _anyLinks = null;
        _originals.Clear();
    }
}
