using DiplomacyBot.Core.Articles;

namespace DiplomacyBot.Core.Storage;

/// <summary>
/// The system of record for articles. <see cref="Generation"/> rises with every committed change, so a derived index
/// can tell whether it is stale.
/// </summary>
public interface IArticleStore : IDisposable
{
    long Generation { get; }

    int Count { get; }

    /// <summary>Whether no article is stored.</summary>
    bool IsEmpty => Count == 0;

    Article? Get(string id);

    /// <summary>The stored articles among <paramref name="ids"/>, by id; ids not stored are left out.</summary>
    IReadOnlyDictionary<string, Article> GetMany(IReadOnlyCollection<string> ids)
    {
        var found = new Dictionary<string, Article>(ids.Count, StringComparer.Ordinal);
        foreach (string id in ids)
        {
            if (!found.ContainsKey(id) && Get(id) is { } article)
            {
                found[id] = article;
            }
        }

        return found;
    }

    IEnumerable<Article> All();

    /// <summary>
    /// The ids of dated articles published from <paramref name="first"/> to <paramref name="last"/> (either end open),
    /// newest first, at most <paramref name="limit"/>. Undated articles are never listed.
    /// </summary>
    IReadOnlyList<string> PublishedBetween(DateOnly? first, DateOnly? last, int limit) => All()
        .Where(a => a.Published.Value is { } d && (first is null || d >= first) && (last is null || d <= last))
        .OrderByDescending(a => a.Published.Value).ThenBy(a => a.Id, StringComparer.Ordinal)
        .Take(limit).Select(a => a.Id).ToList();

    /// <summary>Every stored article's content hash by id: what ingestion compares against.</summary>
    IReadOnlyDictionary<string, string> ContentHashes();

    /// <summary>The same (id, content hash) pairs one at a time, for callers that keep them in a form of their own.</summary>
    IEnumerable<KeyValuePair<string, string>> EnumerateContentHashes() => ContentHashes();

    /// <summary>
    /// The ids of the articles saved at a generation after <paramref name="generation"/>, so a derived index can catch
    /// up with what was stored since it was last committed (by this process or another) without a rebuild; null when
    /// the store keeps no such log, or not that far back, and only a rebuild can catch up.
    /// </summary>
    IReadOnlyCollection<string>? ChangedSince(long generation) => null;

    /// <summary>Inserts or replaces the articles in one transaction: all of them are stored, or none. Returns the new generation.</summary>
    long Save(IReadOnlyList<Article> articles);

    /// <summary>
    /// Saves the articles as <see cref="Save(IReadOnlyList{Article})"/> does, when the caller knows that only those
    /// named in <paramref name="replacing"/> can be stored already: a store may then add the others without looking
    /// each one up first.
    /// </summary>
    long Save(IReadOnlyList<Article> articles, IReadOnlySet<string> replacing) => Save(articles);
}
