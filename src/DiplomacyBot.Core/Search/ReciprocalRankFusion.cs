namespace DiplomacyBot.Core.Search;

/// <summary>
/// Reciprocal rank fusion (Cormack et al., 2009): each list adds 1 / (k + rank) to every item it ranks, so an item
/// that several rankers place high wins without their scores having to be comparable.
/// </summary>
public static class ReciprocalRankFusion
{
    public const int DefaultK = 60;

    public static IReadOnlyList<(T Item, double Score)> Fuse<T>(IEnumerable<IReadOnlyList<T>> rankings, int k = DefaultK)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(rankings);
        var scores = new Dictionary<T, double>();
        var firstSeen = new Dictionary<T, int>();
        foreach (IReadOnlyList<T> ranking in rankings)
        {
            for (int rank = 0; rank < ranking.Count; rank++)
            {
                T item = ranking[rank];
                scores[item] = scores.GetValueOrDefault(item) + (1.0 / (k + rank + 1));
                firstSeen.TryAdd(item, firstSeen.Count);
            }
        }

        return scores.OrderByDescending(kv => kv.Value).ThenBy(kv => firstSeen[kv.Key]).Select(kv => (kv.Key, kv.Value)).ToList();
    }
}
