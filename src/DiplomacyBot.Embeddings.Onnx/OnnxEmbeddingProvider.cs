using System.Diagnostics;
using DiplomacyBot.Core.Search;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Microsoft.ML.Tokenizers;

namespace DiplomacyBot.Embeddings.Onnx;

/// <summary>
/// Sentence vectors from a local model run in process by ONNX Runtime: nothing leaves the machine and no key is needed.
/// The model is loaded once, on first use (or by <see cref="Load"/>); every member is safe to call from several
/// threads at once. A call embeds its texts in small batches of similar length (so little is padded), several
/// batches at a time on <see cref="EmbeddingsOptions.Threads"/> threads, each batch on one thread: on a few cores that
/// is faster than splitting each batch's matrix products across them. Vectors are unit length.
/// </summary>
public sealed class OnnxEmbeddingProvider : IEmbeddingProvider, IDisposable
{
    /// <summary>Sentences per model run: small batches of sorted lengths waste little on padding.</summary>
    private const int RunSize = 8;

    private readonly LocalModel _model;
    private readonly int _threads;
    private readonly int _maxTokens;
    private readonly Lazy<Loaded> _loaded;

    public OnnxEmbeddingProvider(LocalModel model, int threads = 0, int maxTokens = 128)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _threads = threads > 0 ? threads : Math.Max(1, Environment.ProcessorCount);
        _maxTokens = Math.Clamp(maxTokens, 8, model.MaxPositions);
        _loaded = Sessions.GetOrAdd(model.Name, _ => new Lazy<Loaded>(() => Loaded.From(model), LazyThreadSafetyMode.ExecutionAndPublication));
    }

    /// <summary>
    /// One loaded session per model for the whole process, shared by every provider of that model (a session is
    /// thread-safe, and loading one costs a second or two and tens of megabytes); it lives as long as the process.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Loaded>> Sessions = new(StringComparer.Ordinal);

    public static OnnxEmbeddingProvider Create(EmbeddingsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        LocalModel model = LocalModel.Find(options.Model) ?? throw new ArgumentException($"Embeddings:Model '{options.Model}' is not a local model");
        return new OnnxEmbeddingProvider(model, options.EffectiveThreads, options.MaxTokens);
    }

    public string Model => _model.StoredName;

    public LocalModel LocalModel => _model;

    public int Dimensions => _loaded.Value.Dimensions;

    public bool IsLoaded => _loaded.IsValueCreated;

    /// <summary>How long loading the model took (zero until it is loaded).</summary>
    public TimeSpan LoadTime => _loaded.IsValueCreated ? _loaded.Value.LoadTime : TimeSpan.Zero;

    /// <summary>Loads the model now rather than on the first call; returns how long it took.</summary>
    public TimeSpan Load() => _loaded.Value.LoadTime;

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

        Loaded loaded = _loaded.Value;
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

    /// <summary>Nothing to release: the model's session is shared by the process (see <see cref="Sessions"/>).</summary>
    public void Dispose()
    {
    }

    /// <summary>The model session, its tokenizer and how vectors are pooled.</summary>
    private sealed class Loaded
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

        public static Loaded From(LocalModel model)
        {
            long started = Stopwatch.GetTimestamp();
            BertTokenizer tokenizer;
            using (Stream vocabulary = model.Open("vocab.txt"))
            {
                tokenizer = BertTokenizer.Create(vocabulary, new BertOptions { LowerCaseBeforeTokenization = true, RemoveNonSpacingMarks = true });
            }

            byte[] bytes;
            using (Stream file = model.Open("model.onnx"))
            {
                bytes = new byte[file.Length];
                file.ReadExactly(bytes);
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
                var session = new InferenceSession(bytes, options);
                return new Loaded(session, tokenizer, model.Pooling, Stopwatch.GetElapsedTime(started));
            }
            catch
            {
                options.Dispose();
                throw;
            }
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
