namespace DiplomacyBot.Core.Duplicates;

/// <summary>
/// Locality-sensitive hashing over MinHash signatures: <see cref="Bands"/> bands of <see cref="Rows"/> values each.
/// Two signatures that agree on one whole band are candidates; at similarity 0.8 a true pair is missed about once
/// in five thousand, and dissimilar pairs are rarely compared at all.
/// </summary>
internal sealed class LshIndex
{
    public const int Rows = 4;
    public const int Bands = MinHash.Size / Rows;

    /// <summary>
    /// Ids kept per bucket: a bucket this full holds text shared by many articles (a template), and a newcomer that
    /// truly copies one of them still meets it in another band.
    /// </summary>
    public const int MaxBucket = 64;

    private readonly Dictionary<(int Band, ulong Key), List<string>> buckets = [];

    public void Add(string id, IReadOnlyList<ulong> signature)
    {
        for (int band = 0; band < Bands; band++)
        {
            var key = (band, Key(signature, band));
            if (!buckets.TryGetValue(key, out List<string>? ids))
            {
                buckets[key] = ids = [];
            }

            if (ids.Count < MaxBucket)
            {
                ids.Add(id);
            }
        }
    }

    public void Remove(string id, IReadOnlyList<ulong> signature)
    {
        for (int band = 0; band < Bands; band++)
        {
            if (buckets.TryGetValue((band, Key(signature, band)), out List<string>? ids))
            {
                ids.Remove(id);
            }
        }
    }

    /// <summary>The ids sharing at least one band with the signature, those sharing most first, at most <paramref name="limit"/>.</summary>
    public List<string> Candidates(IReadOnlyList<ulong> signature, int limit)
    {
        var shared = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int band = 0; band < Bands; band++)
        {
            if (buckets.TryGetValue((band, Key(signature, band)), out List<string>? ids))
            {
                foreach (string id in ids)
                {
                    shared[id] = shared.GetValueOrDefault(id) + 1;
                }
            }
        }

        return shared.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Take(limit).Select(s => s.Key).ToList();
    }

    private static ulong Key(IReadOnlyList<ulong> signature, int band)
    {
        ulong key = 0;
        for (int r = 0; r < Rows; r++)
        {
            key = MinHash.Mix(key ^ signature[(band * Rows) + r]);
        }

        return key;
    }
}
