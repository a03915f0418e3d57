using System.Diagnostics;
using DiplomacyBot.Core.Search;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Microsoft.ML.Tokenizers;

namespace DiplomacyBot.Embeddings.Onnx;

/// <summary>
/// Sentence vectors from a local model run in process by ONNX Runtime: nothing leaves the machine and no key is needed.
/// The model is loaded once, on first use (or by <see cref="Load"/>); every member is safe to call from several
/// threads at once. A call's texts are run on <see cref="EmbeddingsOptions.Threads"/> threads at once, one thread per
/// run: on a few cores that is faster than splitting each run's matrix products across them. Vectors are unit length.
/// </summary>
public sealed class OnnxEmbeddingProvider : IEmbeddingProvider, IDisposable
{
    /// <summary>
    /// Texts per model run. With int8 weights, one: activations are quantised with one scale per run, so a text's vector
    /// would depend on the texts run with it, and single runs are fast anyway. With float weights, small batches of
    /// sorted lengths (little padding).
    /// </summary>
    private int RunSize => _quantize ? 1 : 8;

    private readonly bool _quantize;

    private readonly LocalModel _model;
    private readonly int _threads;
    private readonly int _maxTokens;

    /// <param name="modelCache">
    /// A folder to keep the model file in, copied once from the package's assembly: the model then loads from a plain
    /// file, with no copy of it in managed memory. Null loads it from the assembly every time.
    /// </param>
    /// <param name="quantize">Run the model with int8 weights (see <see cref="OnnxModelQuantizer"/>): about four times faster.</param>
    public OnnxEmbeddingProvider(LocalModel model, int threads = 0, int maxTokens = 128, string? modelCache = null, bool quantize = true)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _threads = threads > 0 ? threads : Math.Max(1, Environment.ProcessorCount);
        _maxTokens = Math.Clamp(maxTokens, 8, model.MaxPositions);
        _quantize = quantize;
        Model = quantize ? $"{model.StoredName}-int8" : model.StoredName;
        lock (SessionsGate)
        {
            if (!Sessions.TryGetValue(Model, out Shared? shared))
            {
                shared = new Shared(new Lazy<Loaded>(() => Loaded.From(model, modelCache, quantize), LazyThreadSafetyMode.ExecutionAndPublication));
                Sessions[Model] = shared;
            }

            shared.Users++;
            _shared = shared;
        }

    }

    /// <summary>
    /// One loaded session per model, shared by every provider of that model alive at the same time (a session is
    /// thread-safe, and loading one costs a second or so and tens of megabytes); released with the last of them.
    /// </summary>
    private static readonly Dictionary<string, Shared> Sessions = new(StringComparer.Ordinal);
    private static readonly Lock SessionsGate = new();
    private readonly Shared _shared;
    private bool _disposed;

    private sealed class Shared(Lazy<Loaded> session)
    {
        private int started;
        private int closed;

        public Lazy<Loaded> Session { get; } = session;

        public int Users { get; set; }

        /// <summary>The loaded model, loading it now if no thread has begun to; refused once released.</summary>
        public Loaded Value
        {
            get
            {
                Interlocked.Exchange(ref started, 1);
                ObjectDisposedException.ThrowIf(Volatile.Read(ref closed) == 1, this);
                Loaded loaded = Session.Value;
                // A release that came while this thread waited for the load (or made it) has released the model by now.
                ObjectDisposedException.ThrowIf(Volatile.Read(ref closed) == 1, this);
                return loaded;
            }
        }

        /// <summary>
        /// Refuses new loads; returns whether one had begun, so the caller waits for it and releases the model. (A load
        /// racing with this either sees it and is refused, or is seen and waited for.)
        /// </summary>
        public bool Close()
        {
            Interlocked.Exchange(ref closed, 1);
            return Volatile.Read(ref started) == 1;
        }
    }

    /// <param name="modelCache">See the constructor.</param>
    public static OnnxEmbeddingProvider Create(EmbeddingsOptions options, string? modelCache = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        LocalModel model = LocalModel.Find(options.Model) ?? throw new ArgumentException($"Embeddings:Model '{options.Model}' is not a local model");
        return new OnnxEmbeddingProvider(model, options.EffectiveThreads, options.MaxTokens, modelCache, options.Quantize);
    }

    /// <summary>The name vectors are stored under: the model, and "-int8" when its weights are quantised.</summary>
    public string Model { get; }

    public LocalModel LocalModel => _model;

    public int Dimensions => _shared.Value.Dimensions;

    public bool IsLoaded => _shared.Session.IsValueCreated;

    /// <summary>Loads the model now rather than on the first call; returns how long it took.</summary>
    public TimeSpan Load() => _shared.Value.LoadTime;

    public Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return Task.FromResult<IReadOnlyList<float[]>>(Embed(texts, prefix: string.Empty, cancellationToken));
    }

    public Task<float[]> EmbedQueryAsync(string query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Task.FromResult(Embed([query], _model.QueryPrefix, cancellationToken)[0]);
    }

    /// <summary>Unit vectors of the texts, in order; <paramref name="prefix"/> goes before each (a query instruction).</summary>
    public float[][] Embed(IReadOnlyList<string> texts, string prefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var vectors = new float[texts.Count][];
        if (texts.Count == 0)
        {
            return vectors;
        }

        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed), this);
        Loaded loaded = _shared.Value;
        var tokens = new int[texts.Count][];
        for (int i = 0; i < texts.Count; i++)
        {
            tokens[i] = loaded.Tokenize(prefix + (texts[i] ?? string.Empty), _maxTokens);
        }

        var runs = Enumerable.Range(0, texts.Count).OrderBy(i => tokens[i].Length).Chunk(RunSize).ToList();
        if (runs.Count == 1 || _threads == 1)
        {
            foreach (int[] run in runs)
            {
                cancellationToken.ThrowIfCancellationRequested();
                loaded.Run(run, tokens, vectors);
            }
        }
        else
        {
            Parallel.ForEach(
                runs,
                new ParallelOptions { MaxDegreeOfParallelism = _threads, CancellationToken = cancellationToken },
                run => loaded.Run(run, tokens, vectors));
        }

        return vectors;
    }

    /// <summary>Releases this provider's share of the model's session; the last one to go unloads the model.</summary>
    public void Dispose()
    {
        lock (SessionsGate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            if (--_shared.Users > 0)
            {
                return;
            }

            Sessions.Remove(Model);
        }

        if (!_shared.Close())
        {
            return;
        }

        // A model still loading on another thread (the load started ahead of the first question) is waited for and
        // released: a process that exits while the native runtime is still building a session crashes.
        Loaded loaded;
        try
        {
            loaded = _shared.Session.Value;
        }
        catch (Exception ex) when (ex is OnnxRuntimeException or IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return;
        }

        loaded.Dispose();
    }

    /// <summary>The model session, its tokenizer and how vectors are pooled.</summary>
    private sealed class Loaded : IDisposable
    {
        private readonly InferenceSession _session;
        private readonly BertTokenizer _tokenizer;
        private readonly Pooling _pooling;
        private readonly string _output;

        private Loaded(InferenceSession session, BertTokenizer tokenizer, Pooling pooling, TimeSpan loadTime)
        {
            _session = session;
            _tokenizer = tokenizer;
            _pooling = pooling;
            LoadTime = loadTime;
            _output = session.OutputMetadata.Keys.First();
            Dimensions = session.OutputMetadata[_output].Dimensions[^1];
        }

        public TimeSpan LoadTime { get; }

        public int Dimensions { get; }

        /// <summary>Runs in progress; the session is released only when none is (see <see cref="Dispose"/>).</summary>
        private int _active;
        private bool _closed;
        private readonly Lock _gate = new();

        /// <summary>
        /// Refuses new runs, waits for those in progress (each takes milliseconds), then releases the native session:
        /// releasing it under a running model would crash the process, not throw.
        /// </summary>
        public void Dispose()
        {
            lock (_gate)
            {
                if (_closed)
                {
                    return;
                }

                _closed = true;
            }

            SpinWait.SpinUntil(() => Volatile.Read(ref _active) == 0);
            _session.Dispose();
        }

        public static Loaded From(LocalModel model, string? modelCache, bool quantize)
        {
            long started = Stopwatch.GetTimestamp();
            BertTokenizer tokenizer;
            using (Stream vocabulary = model.Open("vocab.txt"))
            {
                tokenizer = BertTokenizer.Create(vocabulary, new BertOptions { LowerCaseBeforeTokenization = true, RemoveNonSpacingMarks = true });
            }

            string? path = modelCache is null ? null : CachedModelFile(model, modelCache, quantize);
            byte[]? bytes = null;
            if (path is null)
            {
                bytes = ModelBytes(model, quantize);
            }

            // One thread per run (runs go in parallel instead), no arena that would keep the largest batch's memory,
            // and no memory plan: shapes change with every batch.
            var options = new SessionOptions
            {
                IntraOpNumThreads = 1,
                InterOpNumThreads = 1,
                ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
                GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
                EnableCpuMemArena = false,
                EnableMemoryPattern = false,
                LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR,
            };
            try
            {
                var session = path is not null ? new InferenceSession(path, options) : new InferenceSession(bytes!, options);
                return new Loaded(session, tokenizer, model.Pooling, Stopwatch.GetElapsedTime(started));
            }
            catch
            {
                options.Dispose();
                throw;
            }
        }

        /// <summary>
        /// The model file in the cache folder, written there from the assembly (quantised when asked) when missing: to a
        /// temporary name, then renamed, so a half-written file is never used. Null when the folder cannot be written;
        /// the model is then made in memory.
        /// </summary>
        private static string? CachedModelFile(LocalModel model, string folder, bool quantize)
        {
            try
            {
                // The package version is in the name: a newer package's model is never mistaken for this one.
                string version = model.Assembly.GetName().Version?.ToString() ?? "0";
                string path = Path.Combine(folder, $"{model.ModelId}-{version}{(quantize ? ".int8" : string.Empty)}.onnx");
                if (File.Exists(path) && new FileInfo(path).Length > 0)
                {
                    return path;
                }

                Directory.CreateDirectory(folder);
                string temp = $"{path}.{Environment.ProcessId}.tmp";
                File.WriteAllBytes(temp, ModelBytes(model, quantize));
                File.Move(temp, path, overwrite: true);
                return path;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        private static byte[] ModelBytes(LocalModel model, bool quantize)
        {
            byte[] bytes;
            using (Stream file = model.Open("model.onnx"))
            {
                bytes = new byte[file.Length];
                file.ReadExactly(bytes);
            }

            return quantize ? OnnxModelQuantizer.Quantize(bytes, out _) : bytes;
        }

        /// <summary>[CLS] word pieces [SEP], at most <paramref name="maxTokens"/> in all.</summary>
        public int[] Tokenize(string text, int maxTokens)
        {
            IReadOnlyList<int> pieces = _tokenizer.EncodeToIds(text, maxTokens - 2, addSpecialTokens: false, out _, out _);
            var ids = new int[pieces.Count + 2];
            ids[0] = _tokenizer.ClassificationTokenId;
            for (int i = 0; i < pieces.Count; i++)
            {
                ids[i + 1] = pieces[i];
            }

            ids[^1] = _tokenizer.SeparatorTokenId;
            return ids;
        }

        public void Run(int[] rows, int[][] tokens, float[][] vectors)
        {
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_closed, this);
                Interlocked.Increment(ref _active);
            }

            try
            {
                RunModel(rows, tokens, vectors);
            }
            finally
            {
                Interlocked.Decrement(ref _active);
            }
        }

        private void RunModel(int[] rows, int[][] tokens, float[][] vectors)
        {
            int length = rows.Max(r => tokens[r].Length);
            int n = rows.Length;
            var ids = new long[n * length];
            var mask = new long[n * length];
            var types = new long[n * length];
            for (int r = 0; r < n; r++)
            {
                int[] t = tokens[rows[r]];
                for (int c = 0; c < t.Length; c++)
                {
                    ids[(r * length) + c] = t[c];
                    mask[(r * length) + c] = 1;
                }
            }

            int[] shape = [n, length];
            var inputs = new List<NamedOnnxValue>(3);
            foreach (var (name, values) in new[] { ("input_ids", ids), ("attention_mask", mask), ("token_type_ids", types) })
            {
                if (_session.InputMetadata.ContainsKey(name))
                {
                    inputs.Add(NamedOnnxValue.CreateFromTensor(name, new DenseTensor<long>(values, shape)));
                }
            }

            using IDisposableReadOnlyCollection<DisposableNamedOnnxValue> results = _session.Run(inputs, [_output]);
            var hidden = (DenseTensor<float>)results.First().Value;
            ReadOnlySpan<float> states = hidden.Buffer.Span;
            int dims = Dimensions;
            for (int r = 0; r < n; r++)
            {
                var vector = new float[dims];
                int real = tokens[rows[r]].Length;
                if (_pooling == Pooling.Cls)
                {
                    states.Slice(r * length * dims, dims).CopyTo(vector);
                }
                else
                {
                    for (int c = 0; c < real; c++)
                    {
                        System.Numerics.Tensors.TensorPrimitives.Add(vector, states.Slice(((r * length) + c) * dims, dims), vector);
                    }
                }

                float norm = System.Numerics.Tensors.TensorPrimitives.Norm(vector);
                if (norm > 0)
                {
                    System.Numerics.Tensors.TensorPrimitives.Divide(vector, norm, vector);
                }

                vectors[rows[r]] = vector;
            }
        }
    }
}
