using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Search;

namespace DiplomacyBot.Core.Duplicates;

/// <summary>
/// A passage index whose searches cite one article per near-duplicate group: the hits of the best-ranked member of
/// each group are kept and those of its copies dropped, so an answer never quotes the same story twice. Everything
/// else passes through to the inner index.
/// </summary>
public sealed class NearDuplicateCollapsingIndex(IPassageIndex inner, INearDuplicateStore links) : IPassageIndex
{
    public long Generation => inner.Generation;

    public void Upsert(IReadOnlyList<Article> articles, IReadOnlySet<string> replaced) => inner.Upsert(articles, replaced);

    public void Commit(long generation) => inner.Commit(generation);

    public void Rebuild(IEnumerable<Article> articles, long generation) => inner.Rebuild(articles, generation);

    public void Compact() => inner.Compact();

    public IReadOnlyList<string> SimilarWords(string word, int maxEdits, int limit) => inner.SimilarWords(word, maxEdits, limit);

    public PassageSearchResult Search(PassageQuery query, int limit)
    {
        if (!links.HasNearDuplicateLinks())
        {
            return inner.Search(query, limit);
        }

        // Copies take places in the raw ranking, so ask for more and cut back to the limit after collapsing. Only the
        // hits' own links are read: a large store links far more articles than one search returns.
        PassageSearchResult result = inner.Search(query, limit * 2);
        IReadOnlyDictionary<string, string> originals = links.NearDuplicateOriginals(result.Hits.Select(h => h.ArticleId).Distinct(StringComparer.Ordinal).ToList());
        var collapsed = Collapse(result.Hits, originals).ToList();
        return result with { Hits = [.. collapsed.Where(h => h.Bm25Rank > 0).Take(limit), .. collapsed.Where(h => h.Bm25Rank == 0)] };
    }

    /// <summary>The hits with those of every article but the first-ranked of its group removed.</summary>
    public static IEnumerable<PassageHit> Collapse(IEnumerable<PassageHit> hits, IReadOnlyDictionary<string, string> originals)
    {
        ArgumentNullException.ThrowIfNull(hits);
        ArgumentNullException.ThrowIfNull(originals);
        var chosen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (PassageHit hit in hits)
        {
            string group = originals.TryGetValue(hit.ArticleId, out string? original) ? original : hit.ArticleId;
            if (!chosen.TryGetValue(group, out string? article))
            {
                chosen[group] = article = hit.ArticleId;
            }

            if (article == hit.ArticleId)
            {
                yield return hit;
            }
        }
    }

    public void Dispose() => inner.Dispose();
}
