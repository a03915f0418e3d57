using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using DiplomacyBot.Core.Search;
using DiplomacyBot.Core.Storage;

namespace DiplomacyBot.Search;

/// <summary>
/// One model's sentence vectors in memory as one block of int8 values (plus a scale and a key per sentence), searched
/// with SIMD dot products: exhaustively in a small index, and in a large one over the rows whose signs (one bit a
/// dimension, kept beside the values) agree most with the question's, so a search reads an eighth of the bytes. <see cref="Commit"/> writes the block to one file (replaced atomically) together with the
/// embedding store version it reflects, so a process starts by reading it instead of the store; a missing, unreadable
/// or stale file is rebuilt from the store. Searches may run while vectors are added: they see a consistent snapshot.
/// </summary>
public sealed class FileVectorIndex : IVectorIndex
{
    private const int FormatVersion = 1;
    private static readonly byte[] Magic = "DBVX"u8.ToArray();

    private readonly string _path;
    private readonly Lock _gate = new();
    private Snapshot _snapshot;
    private long _version = -1;

    public FileVectorIndex(string path, string model)
    {
        _path = path;
        Model = model;
        _snapshot = Snapshot.Empty;
        TryLoad();
    }

    /// <summary>The index file of a model for a store file: "&lt;db&gt;.vectors/&lt;model&gt;.bin".</summary>
    public static string PathFor(string storePath, string model)
    {
        var name = new StringBuilder(model.Length);
        foreach (char c in model)
        {
            name.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' ? c : '_');
        }

        return Path.Combine(storePath + ".vectors", name + ".bin");
    }

    public string Model { get; }

    public long Version
    {
        get
        {
            lock (_gate)
            {
                return _version;
            }
        }
    }

    public int Count => _snapshot.Live;

    public long MemoryBytes => _snapshot.Bytes;

    public void Upsert(IReadOnlyList<ArticleVectors> articles, long version)
    {
        ArgumentNullException.ThrowIfNull(articles);
        lock (_gate)
        {
            Snapshot s = _snapshot;
            var builder = s.ToBuilder(extra: articles.Sum(a => a.Count));
            builder.Remove(articles.Select(a => a.ArticleId));
            foreach (ArticleVectors article in articles.Where(a => a.Model == Model))
            {
                builder.Add(article);
            }

            _snapshot = builder.Build();
            _version = version;
        }
    }

    public void Remove(IReadOnlyCollection<string> articleIds, long version)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        lock (_gate)
        {
            var builder = _snapshot.ToBuilder(extra: 0);
            builder.Remove(articleIds);
            _snapshot = builder.Build();
            _version = version;
        }
    }

    public void Commit(long version)
    {
        lock (_gate)
        {
            _snapshot = _snapshot.Compacted();
            Write(_snapshot, version);
            _version = version;
        }
    }

    public void Rebuild(IEnumerable<ArticleVectors> articles, long version)
    {
        ArgumentNullException.ThrowIfNull(articles);
        lock (_gate)
        {
            var builder = Snapshot.Empty.ToBuilder(extra: 0);
            foreach (ArticleVectors article in articles)
            {
                builder.Add(article);
            }

            _snapshot = builder.Build().Compacted();
            Write(_snapshot, version);
            _version = version;
        }
    }

    public IReadOnlyList<VectorHit> Nearest(ReadOnlySpan<float> query, int limit)
    {
        Snapshot s = _snapshot;
        if (limit <= 0 || s.Rows == 0)
        {
            return [];
        }

        if (query.Length != s.Dimensions)
        {
            throw new InvalidOperationException($"the query vector has {query.Length} dimensions, but the {Model} vectors have {s.Dimensions}");
        }

        var q = new sbyte[query.Length];
        float qScale = Int8Vectors.Quantize(query, q);
        PriorityQueue<int, float> best = s.Rows >= BinaryFrom
            ? Rescore(s, q, qScale, Candidates(s, q, Math.Max(limit * CandidatesPerHit, MinCandidates)), limit)
            : Scan(s, q, qScale, 0, s.Rows, limit);

        var hits = new VectorHit[best.Count];
        for (int i = hits.Length - 1; best.TryDequeue(out int row, out float similarity); i--)
        {
            int article = s.Articles[row];
            hits[i] = new VectorHit(new SentenceKey(s.Ids[article], s.Sentences[row]), similarity, s.Hashes[article]);
        }

        return hits;
    }

    /// <summary>
    /// From how many vectors a search first reads only their signs (one bit a dimension, an eighth of the bytes: the
    /// full scan is bound by memory bandwidth) and ranks exactly just the rows whose signs agree most with the
    /// question's.
    /// </summary>
    private const int BinaryFrom = 32_768;

    /// <summary>Rows ranked exactly for each hit asked for, and at least this many in all.</summary>
    private const int CandidatesPerHit = 100;

    private const int MinCandidates = 3_000;

    /// <summary>
    /// The <paramref name="count"/> rows (or a few more, on ties) whose signs differ least from the query's, by
    /// Hamming distance counted into a histogram: one pass over the signs, one over the distances.
    /// </summary>
    private static List<int> Candidates(Snapshot s, sbyte[] q, int count)
    {
        int words = Snapshot.SignWords(s.Dimensions);
        ref ulong first = ref MemoryMarshal.GetArrayDataReference(s.Signs);
        Span<ulong> qBits = stackalloc ulong[Math.Max(words, SixWords)];
        qBits.Clear();
        Snapshot.SignsOf(q, qBits[..words]);
        var (q0, q1, q2, q3, q4, q5) = (qBits[0], qBits[1], qBits[2], qBits[3], qBits[4], qBits[5]);
        ushort[] distances = System.Buffers.ArrayPool<ushort>.Shared.Rent(s.Rows);
        try
        {
            Span<int> histogram = stackalloc int[(words * 64) + 1];
            histogram.Clear();
            for (int row = 0; row < s.Rows; row++)
            {
                if (s.Articles[row] < 0)
                {
                    distances[row] = ushort.MaxValue;
                    continue;
                }

                int distance = words == SixWords
                    ? SixWordDistance(ref Unsafe.Add(ref first, row * SixWords), q0, q1, q2, q3, q4, q5)
                    : Distance(ref Unsafe.Add(ref first, row * words), ref MemoryMarshal.GetReference(qBits), words);
                distances[row] = (ushort)distance;
                histogram[distance]++;
            }

            int cutoff = 0;
            for (int taken = 0; cutoff < histogram.Length && taken + histogram[cutoff] < count; cutoff++)
            {
                taken += histogram[cutoff];
            }

            var rows = new List<int>(count + 64);
            for (int row = 0; row < s.Rows; row++)
            {
                if (distances[row] <= cutoff)
                {
                    rows.Add(row);
                }
            }

            return rows;
        }
        finally
        {
            System.Buffers.ArrayPool<ushort>.Shared.Return(distances);
        }
    }

    /// <summary>
    /// The sign words of a 384-dimension vector (both local models'): the distance is then one unrolled expression,
    /// three times faster than a loop over the words, and this pass reads every row.
    /// </summary>
    private const int SixWords = 6;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SixWordDistance(ref ulong row, ulong q0, ulong q1, ulong q2, ulong q3, ulong q4, ulong q5) =>
        BitOperations.PopCount(row ^ q0) + BitOperations.PopCount(Unsafe.Add(ref row, 1) ^ q1) + BitOperations.PopCount(Unsafe.Add(ref row, 2) ^ q2)
        + BitOperations.PopCount(Unsafe.Add(ref row, 3) ^ q3) + BitOperations.PopCount(Unsafe.Add(ref row, 4) ^ q4) + BitOperations.PopCount(Unsafe.Add(ref row, 5) ^ q5);

    private static int Distance(ref ulong row, ref ulong query, int words)
    {
        int distance = 0;
        for (int w = 0; w < words; w++)
        {
            distance += BitOperations.PopCount(Unsafe.Add(ref row, w) ^ Unsafe.Add(ref query, w));
        }

        return distance;
    }

    private static PriorityQueue<int, float> Rescore(Snapshot s, sbyte[] q, float qScale, List<int> rows, int limit)
    {
        var best = new PriorityQueue<int, float>(limit + 1);
        int dims = s.Dimensions;
        foreach (int row in rows)
        {
            float similarity = Int8Vectors.Similarity(q, qScale, s.Values.AsSpan(row * dims, dims), s.Scales[row]);
            if (best.Count < limit)
            {
                best.Enqueue(row, similarity);
            }
            else if (best.TryPeek(out _, out float worst) && similarity > worst)
            {
                best.DequeueEnqueue(row, similarity);
            }
        }

        return best;
    }

    private static PriorityQueue<int, float> Scan(Snapshot s, sbyte[] q, float qScale, int from, int to, int limit)
    {
        var best = new PriorityQueue<int, float>(limit + 1);
        int dims = s.Dimensions;
        ReadOnlySpan<sbyte> values = s.Values.AsSpan(0, s.Rows * dims);
        for (int row = from; row < to; row++)
        {
            if (s.Articles[row] < 0)
            {
                continue;
            }

            float similarity = Int8Vectors.Similarity(q, qScale, values.Slice(row * dims, dims), s.Scales[row]);
            if (best.Count < limit)
            {
                best.Enqueue(row, similarity);
            }
            else if (best.TryPeek(out _, out float worst) && similarity > worst)
            {
                best.DequeueEnqueue(row, similarity);
            }
        }

        return best;
    }

    public VectorHit? Similarity(ReadOnlySpan<float> query, SentenceKey key)
    {
        Snapshot s = _snapshot;
        if (s.Rows == 0 || query.Length != s.Dimensions || !s.RowsOf.TryGetValue(key.ArticleId, out var rows) || key.SentenceIndex < 0)
        {
            return null;
        }

        int row = rows.First + key.SentenceIndex;
        if (key.SentenceIndex >= rows.Count || s.Articles[row] < 0 || s.Sentences[row] != key.SentenceIndex)
        {
            return null;
        }

        var q = new sbyte[query.Length];
        float qScale = Int8Vectors.Quantize(query, q);
        float similarity = Int8Vectors.Similarity(q, qScale, s.Values.AsSpan(row * s.Dimensions, s.Dimensions), s.Scales[row]);
        return new VectorHit(key, similarity, s.Hashes[s.Articles[row]]);
    }

    public void Dispose()
    {
    }

    private void TryLoad()
    {
        if (!File.Exists(_path))
        {
            return;
        }

        try
        {
            using var reader = new BinaryReader(File.OpenRead(_path), Encoding.UTF8);
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != FormatVersion || reader.ReadString() != Model)
            {
                return;
            }

            long version = reader.ReadInt64();
            int dims = reader.ReadInt32();
            int articleCount = reader.ReadInt32();
            var ids = new List<string>(articleCount);
            var hashes = new List<string>(articleCount);
            for (int i = 0; i < articleCount; i++)
            {
                ids.Add(reader.ReadString());
                hashes.Add(reader.ReadString());
            }

            int rows = reader.ReadInt32();
            var articles = ReadArray<int>(reader, rows);
            var sentences = ReadArray<int>(reader, rows);
            var scales = ReadArray<float>(reader, rows);
            var values = ReadArray<sbyte>(reader, rows * dims);
            if (articles.Any(a => a < 0 || a >= articleCount))
            {
                return;
            }

            _snapshot = new Snapshot(dims, rows, rows, ids, hashes, articles, sentences, scales, values);
            _version = version;
        }
        catch (Exception ex) when (ex is IOException or EndOfStreamException or FormatException or UnauthorizedAccessException or OverflowException or OutOfMemoryException)
        {
            // Derived data: an unreadable file is rebuilt from the store.
            _snapshot = Snapshot.Empty;
            _version = -1;
        }
    }

    private static T[] ReadArray<T>(BinaryReader reader, int count)
        where T : unmanaged
    {
        var array = new T[count];
        Span<byte> bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(array.AsSpan());
        reader.BaseStream.ReadExactly(bytes);
        return array;
    }

    private void Write(Snapshot s, long version)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_path))!);
        string temp = _path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var writer = new BinaryWriter(stream, Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(Model);
            writer.Write(version);
            writer.Write(s.Dimensions);
            writer.Write(s.Ids.Count);
            for (int i = 0; i < s.Ids.Count; i++)
            {
                writer.Write(s.Ids[i]);
                writer.Write(s.Hashes[i]);
            }

            writer.Write(s.Rows);
            writer.Flush();
            stream.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(s.Articles.AsSpan(0, s.Rows)));
            stream.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(s.Sentences.AsSpan(0, s.Rows)));
            stream.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(s.Scales.AsSpan(0, s.Rows)));
            stream.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(s.Values.AsSpan(0, s.Rows * s.Dimensions)));
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, _path, overwrite: true);
    }

    /// <summary>
    /// The vectors as searches see them. Rows of removed articles are marked (article -1) until the next compaction;
    /// arrays may have spare room at the end, beyond <see cref="Rows"/>.
    /// </summary>
    private sealed record Snapshot(int Dimensions, int Rows, int Live, List<string> Ids, List<string> Hashes, int[] Articles, int[] Sentences, float[] Scales, sbyte[] Values)
    {
        public static readonly Snapshot Empty = new(0, 0, 0, [], [], [], [], [], []);

        private Dictionary<string, (int First, int Count)>? _rowsOf;

        /// <summary>Where each article's live rows start, and how many there are (an article's rows are consecutive).</summary>
        public Dictionary<string, (int First, int Count)> RowsOf => LazyInitializer.EnsureInitialized(ref _rowsOf, () =>
        {
            var map = new Dictionary<string, (int First, int Count)>(Ids.Count, StringComparer.Ordinal);
            for (int row = 0; row < Rows; row++)
            {
                int article = Articles[row];
                if (article < 0)
                {
                    continue;
                }

                string id = Ids[article];
                map[id] = map.TryGetValue(id, out var rows) && rows.First + rows.Count == row ? (rows.First, rows.Count + 1) : (row, 1);
            }

            return map;
        });

        private ulong[]? _signs;

        /// <summary>Each row's signs, one bit a dimension (set where the value is negative), in whole 64-bit words.</summary>
        public ulong[] Signs => LazyInitializer.EnsureInitialized(ref _signs, () =>
        {
            int words = SignWords(Dimensions);
            var signs = new ulong[Rows * words];
            for (int row = 0; row < Rows; row++)
            {
                SignsOf(Values.AsSpan(row * Dimensions, Dimensions), signs.AsSpan(row * words, words));
            }

            return signs;
        });

        public static int SignWords(int dimensions) => (dimensions + 63) / 64;

        public static void SignsOf(ReadOnlySpan<sbyte> values, Span<ulong> destination)
        {
            destination.Clear();
            int i = 0;
            if (Vector256.IsHardwareAccelerated)
            {
                // A vector's top bits are its bytes' signs: 32 at a time, landing on a 32-bit half of a word.
                for (; i + 32 <= values.Length; i += 32)
                {
                    ulong signs = Vector256.Create(values.Slice(i, 32)).ExtractMostSignificantBits();
                    destination[i >> 6] |= signs << (i & 63);
                }
            }

            for (; i < values.Length; i++)
            {
                if (values[i] < 0)
                {
                    destination[i >> 6] |= 1UL << (i & 63);
                }
            }
        }

        public long Bytes => (long)Values.Length + (Scales.Length * 4L) + (Articles.Length * 8L) + ((long)SignWords(Dimensions) * Rows * 8) + Ids.Sum(id => (id.Length * 2L) + 80);

        public Builder ToBuilder(int extra, bool exact = false) => new(this, extra, exact);

        public Snapshot Compacted()
        {
            // Also sheds the spare room left by growing, so a committed index holds exactly its vectors.
            if (Live == Rows && Articles.Length == Rows)
            {
                return this;
            }

            var builder = Empty.ToBuilder(extra: Live, exact: true);
            builder.CopyLive(this);
            return builder.Build();
        }
    }

    /// <summary>Makes the next snapshot without disturbing searches of the current one.</summary>
    private sealed class Builder
    {
        private readonly List<string> _ids;
        private readonly List<string> _hashes;
        private readonly Dictionary<string, int> _idOf;
        private int _dims;
        private int _rows;
        private int _live;
        private int[] _articles;
        private int[] _sentences;
        private float[] _scales;
        private sbyte[] _values;

        /// <param name="exact">Make room for exactly <paramref name="extra"/> more rows (a compaction), not for growth.</param>
        public Builder(Snapshot from, int extra, bool exact)
        {
            _dims = from.Dimensions;
            _rows = from.Rows;
            _live = from.Live;
            _ids = [.. from.Ids];
            _hashes = [.. from.Hashes];
            _idOf = new Dictionary<string, int>(_ids.Count, StringComparer.Ordinal);
            for (int i = 0; i < _ids.Count; i++)
            {
                _idOf[_ids[i]] = i;
            }

            // Rows are only ever appended past the current snapshot's end, or marked removed: both leave a search of
            // the current snapshot undisturbed, so the arrays are shared until they must grow.
            _articles = from.Articles;
            _sentences = from.Sentences;
            _scales = from.Scales;
            _values = from.Values;
            if (exact && _rows + extra > _articles.Length)
            {
                Resize(_rows + extra);
            }
            else
            {
                Ensure(_rows + extra);
            }
        }

        public void Remove(IEnumerable<string> articleIds)
        {
            var gone = articleIds.Where(_idOf.ContainsKey).Select(id => _idOf[id]).ToHashSet();
            if (gone.Count == 0)
            {
                return;
            }

            for (int row = 0; row < _rows; row++)
            {
                if (_articles[row] >= 0 && gone.Contains(_articles[row]))
                {
                    _articles[row] = -1;
                    _live--;
                }
            }
        }

        public void Add(ArticleVectors article)
        {
            if (article.Count == 0)
            {
                return;
            }

            if (_dims == 0)
            {
                _dims = article.Dimensions;
                _values = new sbyte[_articles.Length * _dims];
            }
            else if (article.Dimensions != _dims)
            {
                throw new InvalidOperationException($"vectors of {article.Dimensions} dimensions cannot join an index of {_dims}");
            }

            if (!_idOf.TryGetValue(article.ArticleId, out int id))
            {
                id = _ids.Count;
                _ids.Add(article.ArticleId);
                _hashes.Add(article.ContentHash);
                _idOf[article.ArticleId] = id;
            }
            else
            {
                _hashes[id] = article.ContentHash;
            }

            Ensure(_rows + article.Count);
            for (int i = 0; i < article.Count; i++)
            {
                _articles[_rows] = id;
                _sentences[_rows] = i;
                _scales[_rows] = article.Scales[i];
                article.Vector(i).CopyTo(_values.AsSpan(_rows * _dims, _dims));
                _rows++;
                _live++;
            }
        }

        public void CopyLive(Snapshot from)
        {
            _dims = from.Dimensions;
            _values = new sbyte[_articles.Length * _dims];
            var used = new Dictionary<int, int>();
            for (int row = 0; row < from.Rows; row++)
            {
                int article = from.Articles[row];
                if (article < 0)
                {
                    continue;
                }

                if (!used.TryGetValue(article, out int id))
                {
                    id = _ids.Count;
                    _ids.Add(from.Ids[article]);
                    _hashes.Add(from.Hashes[article]);
                    _idOf[from.Ids[article]] = id;
                    used[article] = id;
                }

                Ensure(_rows + 1);
                _articles[_rows] = id;
                _sentences[_rows] = from.Sentences[row];
                _scales[_rows] = from.Scales[row];
                from.Values.AsSpan(row * _dims, _dims).CopyTo(_values.AsSpan(_rows * _dims, _dims));
                _rows++;
                _live++;
            }
        }

        public Snapshot Build() => new(_dims, _rows, _live, _ids, _hashes, _articles, _sentences, _scales, _values);

        private void Ensure(int rows)
        {
            if (rows <= _articles.Length)
            {
                return;
            }

            Resize(Math.Max(rows, Math.Max(1024, _articles.Length * 2)));
        }

        private void Resize(int capacity)
        {
            _articles = Grow(_articles, capacity);
            _sentences = Grow(_sentences, capacity);
            _scales = Grow(_scales, capacity);
            _values = Grow(_values, capacity * Math.Max(_dims, 1));
        }

        private static T[] Grow<T>(T[] array, int length)
        {
            var grown = new T[length];
            array.AsSpan(0, Math.Min(array.Length, length)).CopyTo(grown);
            return grown;
        }
    }
}
