using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Storage;

namespace DiplomacyBot.Core.Duplicates;

/// <summary>Where near-duplicate signatures and links are kept (each store provider implements it).</summary>
public interface INearDuplicateStore
{
    /// <summary>Every record, in id order, read a page at a time.</summary>
    IEnumerable<NearDuplicateRecord> NearDuplicateRecords();

    /// <summary>The stored signature of one article; null when it has none or no record.</summary>
    IReadOnlyList<ulong>? NearDuplicateSignature(string articleId);

    /// <summary>Copy id → original id, for every article linked to an original.</summary>
    IReadOnlyDictionary<string, string> NearDuplicateLinks();

    /// <summary>Whether any article is linked to an original.</summary>
    bool HasNearDuplicateLinks() => NearDuplicateLinks().Count > 0;

    /// <summary>Copy id → original id, for those of these articles that are linked copies.</summary>
    IReadOnlyDictionary<string, string> NearDuplicateOriginals(IReadOnlyCollection<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        IReadOnlyDictionary<string, string> links = NearDuplicateLinks();
        var originals = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string id in articleIds)
        {
            if (links.TryGetValue(id, out string? original))
            {
                originals[id] = original;
            }
        }

        return originals;
    }

    /// <summary>
    /// Inserts or replaces the records and moves already stored articles to their new originals, in one transaction.
    /// </summary>
    void SaveNearDuplicateRecords(IReadOnlyList<NearDuplicateRecord> records, IReadOnlyList<NearDuplicateRelink>? relinks = null);

    /// <summary>
    /// Saves a batch of articles to <paramref name="articles"/> and the near-duplicate changes linking it made; returns
    /// the articles' new generation. A store that also holds the articles saves both in one transaction; otherwise the
    /// articles are saved first. When <paramref name="replacing"/> is given, only the articles it names can be stored
    /// already (see <see cref="IArticleStore.Save(IReadOnlyList{Article}, IReadOnlySet{string})"/>).
    /// </summary>
    long SaveWithArticles(IArticleStore articles, IReadOnlyList<Article> batch, NearDuplicateChanges changes, IReadOnlySet<string>? replacing = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(changes);
        long generation = replacing is null ? articles.Save(batch) : articles.Save(batch, replacing);
        if (!changes.IsEmpty)
        {
            SaveNearDuplicateRecords(changes.Records, changes.Relinks);
        }

        return generation;
    }
}
