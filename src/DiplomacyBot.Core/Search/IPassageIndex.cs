using DiplomacyBot.Core.Articles;

namespace DiplomacyBot.Core.Search;

/// <summary>
/// A full-text index of article sentences, derived from the store and rebuildable from it at any time.
/// <see cref="Generation"/> is the store generation the index last caught up with (-1 when there is no index).
/// </summary>
public interface IPassageIndex : IDisposable
{
    long Generation { get; }

    /// <summary>
    /// Adds the articles' sentences, first removing the earlier version of those in <paramref name="replaced"/>.
    /// Nothing is durable until <see cref="Commit"/>.
    /// </summary>
    void Upsert(IReadOnlyList<Article> articles, IReadOnlySet<string> replaced);

    /// <summary>Makes all changes durable and visible, recording the store generation they reflect.</summary>
    void Commit(long generation);

    void Rebuild(IEnumerable<Article> articles, long generation);

    PassageSearchResult Search(PassageQuery query, int limit);

    /// <summary>
    /// After a large change: merges the index into as few parts as it can, so that each search does less work per
    /// part. Searches give the same results before and after.
    /// </summary>
    void Compact()
    {
    }

    /// <summary>
    /// Words of the index close in spelling to <paramref name="word"/> (none for words of four letters or fewer, one
    /// edit up to seven, two beyond, at most <paramref name="maxEdits"/>: "thrid" -> "third"), most frequent first;
    /// none when the index holds the word itself or cannot say.
    /// </summary>
    IReadOnlyList<string> SimilarWords(string word, int maxEdits, int limit) => [];

}
