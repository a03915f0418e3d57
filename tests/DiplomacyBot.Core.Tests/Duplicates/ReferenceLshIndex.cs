using DiplomacyBot.Core.Duplicates;

namespace DiplomacyBot.Core.Tests.Duplicates;

/// <summary>The bucket-list LSH index the compact one replaced, kept as the model its behaviour is checked against.</summary>
internal sealed class ReferenceLshIndex
{
    private const int Rows = LshIndex.Rows;
    private const int Bands = LshIndex.Bands;

    private const int MaxBucket = LshIndex.MaxBucket;

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
