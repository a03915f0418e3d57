namespace DiplomacyBot.Core.Duplicates;

/// <summary>
/// Locality-sensitive hashing over MinHash signatures: <see cref="Bands"/> bands of <see cref="Rows"/> values each.
/// Two signatures that agree on one whole band are candidates; at similarity 0.8 a true pair is missed about once
/// in five thousand, and dissimilar pairs are rarely compared at all. Members are small integers the caller assigns.
/// </summary>
/// <remarks>
/// Each band keeps its (key, member) pairs in two parallel arrays sorted by key, about 12 bytes a pair, plus a small
/// part for recent additions that is merged in when it fills: hundreds of thousands of signatures fit in tens of
/// megabytes, where a list object per bucket took hundreds.
/// </remarks>
internal sealed class LshIndex
{
    public const int Rows = 4;
    public const int Bands = MinHash.Size / Rows;

    /// <summary>
    /// Members kept per bucket: a bucket this full holds text shared by many articles (a template), and a newcomer that
    /// truly copies one of them still meets it in another band.
    /// </summary>
    public const int MaxBucket = 64;

    private readonly Band[] bands = CreateBands();

    public void Add(int member, ReadOnlySpan<ulong> signature)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(member);
        for (int band = 0; band < Bands; band++)
        {
            ulong key = Key(signature, band);
            if (bands[band].Count(key) < MaxBucket)
            {
                bands[band].Add(key, member);
            }
        }
    }

    public void Remove(int member, ReadOnlySpan<ulong> signature)
    {
        for (int band = 0; band < Bands; band++)
        {
            bands[band].Remove(Key(signature, band), member);
        }
    }

    /// <summary>
    /// The members sharing at least one band with the signature, those sharing most first and, among those sharing
    /// as many, in <paramref name="order"/>; at most <paramref name="limit"/>.
    /// </summary>
    public List<int> Candidates(ReadOnlySpan<ulong> signature, int limit, IComparer<int> order)
    {
        var shared = new Dictionary<int, int>();
        for (int band = 0; band < Bands; band++)
        {
            bands[band].ForEach(Key(signature, band), shared, static (member, counts) => counts[member] = counts.GetValueOrDefault(member) + 1);
        }

        return shared.OrderByDescending(s => s.Value).ThenBy(s => s.Key, order).Take(limit).Select(s => s.Key).ToList();
    }

    private static ulong Key(ReadOnlySpan<ulong> signature, int band)
    {
        ulong key = 0;
        for (int r = 0; r < Rows; r++)
        {
            key = MinHash.Mix(key ^ signature[(band * Rows) + r]);
        }

        return key;
    }

    private static Band[] CreateBands()
    {
        var bands = new Band[Bands];
        for (int i = 0; i < bands.Length; i++)
        {
            bands[i] = new Band();
        }

        return bands;
    }

    /// <summary>One band's buckets: a bucket is the set of members stored under one key.</summary>
    private sealed class Band
    {
        /// <summary>Recent additions held apart before they are merged into the sorted arrays.</summary>
        private const int RecentLimit = 4096;

        private const int Removed = -1;

        private readonly Dictionary<ulong, List<int>> recent = [];
        private ulong[] keys = [];
        private int[] members = [];
        private int sorted;
        private int recentCount;
        private int removedCount;

        public int Count(ulong key)
        {
            int count = recent.TryGetValue(key, out List<int>? fresh) ? fresh.Count : 0;
            for (int i = LowerBound(key); i < sorted && keys[i] == key; i++)
            {
                if (members[i] != Removed)
                {
                    count++;
                }
            }

            return count;
        }

        public void Add(ulong key, int member)
        {
            if (!recent.TryGetValue(key, out List<int>? fresh))
            {
                recent[key] = fresh = new List<int>(1);
            }

            fresh.Add(member);
            if (++recentCount >= RecentLimit)
            {
                Merge();
            }
        }

        public void Remove(ulong key, int member)
        {
            if (recent.TryGetValue(key, out List<int>? fresh) && fresh.Remove(member))
            {
                recentCount--;
                if (fresh.Count == 0)
                {
                    recent.Remove(key);
                }

                return;
            }

            for (int i = LowerBound(key); i < sorted && keys[i] == key; i++)
            {
                if (members[i] == member)
                {
                    members[i] = Removed;
                    removedCount++;
                    return;
                }
            }
        }

        public void ForEach<TState>(ulong key, TState state, Action<int, TState> action)
        {
            for (int i = LowerBound(key); i < sorted && keys[i] == key; i++)
            {
                if (members[i] != Removed)
                {
                    action(members[i], state);
                }
            }

            if (recent.TryGetValue(key, out List<int>? fresh))
            {
                foreach (int member in fresh)
                {
                    action(member, state);
                }
            }
        }

        private int LowerBound(ulong key)
        {
            int low = 0;
            int high = sorted;
            while (low < high)
            {
                int middle = (int)((uint)(low + high) >> 1);
                if (keys[middle] < key)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }

        /// <summary>Moves the recent additions into the sorted arrays, dropping removed pairs on the way.</summary>
        private void Merge()
        {
            var freshKeys = new ulong[recentCount];
            var freshMembers = new int[recentCount];
            int n = 0;
            foreach ((ulong key, List<int> list) in recent)
            {
                foreach (int member in list)
                {
                    freshKeys[n] = key;
                    freshMembers[n] = member;
                    n++;
                }
            }

            Array.Sort(freshKeys, freshMembers);
            recent.Clear();
            recentCount = 0;
            if (removedCount > 0)
            {
                int kept = 0;
                for (int i = 0; i < sorted; i++)
                {
                    if (members[i] != Removed)
                    {
                        keys[kept] = keys[i];
                        members[kept] = members[i];
                        kept++;
                    }
                }

                sorted = kept;
                removedCount = 0;
            }

            int total = sorted + n;
            if (total > keys.Length)
            {
                int capacity = Math.Max(total, Math.Max(RecentLimit, keys.Length + (keys.Length / 4)));
                Array.Resize(ref keys, capacity);
                Array.Resize(ref members, capacity);
            }

            // Merge from the back, so the sorted part moves up in place.
            int a = sorted - 1;
            int b = n - 1;
            for (int write = total - 1; b >= 0; write--)
            {
                if (a >= 0 && keys[a] > freshKeys[b])
                {
                    keys[write] = keys[a];
                    members[write] = members[a];
                    a--;
                }
                else
                {
                    keys[write] = freshKeys[b];
                    members[write] = freshMembers[b];
                    b--;
                }
            }

            sorted = total;
        }
    }
}
