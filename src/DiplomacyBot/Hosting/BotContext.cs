using System.Reflection;
using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Events;
using DiplomacyBot.Core.Duplicates;
using DiplomacyBot.Core.Ingestion;
using DiplomacyBot.Core.Search;
using DiplomacyBot.Core.Storage;
using DiplomacyBot.Core.Time;
using DiplomacyBot.Embeddings.Onnx;
using DiplomacyBot.Llm;
using DiplomacyBot.Feeds.Html;
using DiplomacyBot.Search;
using DiplomacyBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Hosting;

/// <summary>
/// The bot's working parts for one command: the store, its index (caught up with the store on open), and the
/// services built on them. An empty store is seeded with the bundled sample corpus. With <c>Llm:Enabled</c> the
/// answerer is the model-backed one, which falls back to the extractive answerer.
/// </summary>
public sealed class BotContext : IDisposable
{
    private readonly ILoggerFactory? ownedLoggerFactory;

    /// <summary>The weights answering without vectors uses, and whether a coverage threshold was configured over the fitted one.</summary>
    private readonly RankingWeights lexicalWeights;
    private readonly bool minCoverageConfigured;

    private BotContext(IConfiguration configuration, TextWriter log, ILoggerFactory? loggerFactory)
    {
        Configuration = configuration;
        Log = log;
        Storage = BotConfiguration.Bind<StorageOptions>(configuration, StorageOptions.Section);
        Corpus = BotConfiguration.Bind<CorpusOptions>(configuration, CorpusOptions.Section);
        Ingest = BotConfiguration.Bind<IngestOptions>(configuration, IngestOptions.Section);
        AnswerOptions = BotConfiguration.Bind<AnswerOptions>(configuration, AnswerOptions.Section);
        Llm = BotConfiguration.Bind<LlmOptions>(configuration, LlmOptions.Section);
        if (Llm.Failures().ToList() is { Count: > 0 } failures)
        {
            // The same exception options validation throws at start, whichever service asks for the store first.
            throw new Microsoft.Extensions.Options.OptionsValidationException(LlmOptions.Section, typeof(LlmOptions), failures);
        }

        EmbeddingsOptions = BotConfiguration.Bind<EmbeddingsOptions>(configuration, EmbeddingsOptions.Section);
        var embeddingFailures = EmbeddingsOptions.Failures().ToList();
        if (EmbeddingsOptions.IsOpenAi && !Llm.EmbeddingsEnabled)
        {
            embeddingFailures.Add("Embeddings:Provider openai needs Llm:Enabled=true and Llm:EmbeddingModel set");
        }

        if (embeddingFailures.Count > 0)
        {
            throw new Microsoft.Extensions.Options.OptionsValidationException(EmbeddingsOptions.Section, typeof(EmbeddingsOptions), embeddingFailures);
        }

        if (Storage.Failures().ToList() is { Count: > 0 } storageFailures)
        {
            throw new Microsoft.Extensions.Options.OptionsValidationException(StorageOptions.Section, typeof(StorageOptions), storageFailures);
        }

        Search = BotConfiguration.Bind<SearchOptions>(configuration, SearchOptions.Section);
        StoreSet stores = StorageProviders.Open(Storage);
        Store = stores.Store;
        EmbeddingStore = stores.Embeddings;
        try
        {
            Index = StorageProviders.OpenIndex(Storage, Search);
        }
        catch
        {
            Store.Dispose();
            throw;
        }

        Tagger = new TemporalTagger();
        Parser = new ArticleParser(Tagger, TimeProvider.System);
        Duplicates = BotConfiguration.Bind<NearDuplicateOptions>(configuration, NearDuplicateOptions.Section);
        if (Duplicates.Failures().FirstOrDefault() is { } failure)
        {
            throw new InvalidOperationException(failure);
        }

        Reader = new ArticleSourceReader(Ingest, new HtmlArticleExtractor());
        Ingestion = new IngestService(Store, Index, Parser, Reader, Ingest, new NearDuplicateLinker(Store, Duplicates));
        LlmConnection? connection = null;
        if (Llm.Enabled)
        {
            ownedLoggerFactory = loggerFactory is null ? CommandLineLogging.Create(configuration) : null;
            connection = LlmConnection.Create(Llm, loggerFactory ?? ownedLoggerFactory!);
        }

        IEmbeddingProvider? provider = EmbeddingsOptions.IsLocal ? OnnxEmbeddingProvider.Create(EmbeddingsOptions, EmbeddingsOptions.EffectiveModelCache)
            : EmbeddingsOptions.IsOpenAi && connection is not null ? LlmServices.EmbeddingProvider(connection)
            : null;
        if (provider is not null)
        {
            string vectors = Passages.Key(provider.Model);
            VectorIndex = new FileVectorIndex(FileVectorIndex.PathFor(StorageProviders.VectorIndexBase(Storage, Search), vectors), vectors);
            Semantic = new SemanticSearch(provider, EmbeddingStore, VectorIndex);
            Embedder = new EmbeddingIndexer(Store, EmbeddingStore, VectorIndex, provider, EmbeddingsOptions.IsOpenAi ? Llm.EmbeddingBatchSize : EmbeddingsOptions.BatchSize);
            if (provider is OnnxEmbeddingProvider loading && EmbeddingStore.Count(vectors) > 0)
            {
                // Questions will need the model: load it while the index, the vectors and the command get going.
                _ = Task.Run(loading.Load);
            }

            if (provider is OnnxEmbeddingProvider local && !configuration.GetSection(AnswerOptions.Section).GetChildren().Any(c => c.Key.StartsWith("Semantic", StringComparison.Ordinal)))
            {
                // Similarities mean different things under different models: each local model comes with its own scale.
                AnswerOptions.SemanticFloor = local.LocalModel.SimilarityFloor;
                AnswerOptions.SemanticFull = local.LocalModel.SimilarityFull;
            }
        }

        // The ranking weights and the abstention threshold fitted for answering with vectors or without, unless a
        // threshold is configured.
        (RankingWeights Hybrid, RankingWeights Lexical) weights = AnswerOptions.WeightsPath is { Length: > 0 } weightsPath
            ? RankingWeights.Load(weightsPath)
            : (RankingWeights.Default(vectors: true), RankingWeights.Default(vectors: false));
        lexicalWeights = weights.Lexical;
        minCoverageConfigured = configuration.GetSection(AnswerOptions.Section)[nameof(AnswerOptions.MinCoverage)] is not null;
        RankingWeights ranking = Semantic is null ? weights.Lexical : weights.Hybrid;
        if (!minCoverageConfigured)
        {
            AnswerOptions.MinCoverage = ranking.MinCoverage;
        }

        QuestionAnalyzer analyzer = Semantic is null ? new QuestionAnalyzer() : new QuestionAnalyzer(QueryExpansions.WithVectors, new TemporalTagger());
        Extractive = new ExtractiveAnswerer(Store, new NearDuplicateCollapsingIndex(Index, Store), analyzer, AnswerOptions, Semantic, weights: ranking);
        Answerer = Extractive;
        if (connection is not null)
        {
            LlmServices = LlmServices.Create(Llm, Store, Index, Semantic, Extractive, AnswerOptions, loggerFactory ?? ownedLoggerFactory!, connection: connection);
            ownedConnection = connection;
            Answerer = LlmServices?.Answerer ?? Extractive;
        }
    }

    private readonly LlmConnection? ownedConnection;

    public EmbeddingsOptions EmbeddingsOptions { get; }

    public IEmbeddingStore EmbeddingStore { get; }

    /// <summary>The vector index of the configured embedding model; null with <c>Embeddings:Provider=none</c>.</summary>
    public IVectorIndex? VectorIndex { get; }

    /// <summary>Search by meaning; null with <c>Embeddings:Provider=none</c>.</summary>
    public SemanticSearch? Semantic { get; }

    /// <summary>The embedding stage: embeds what has no vectors yet; null with <c>Embeddings:Provider=none</c>.</summary>
    public EmbeddingIndexer? Embedder { get; }

    public IConfiguration Configuration { get; }

    public TextWriter Log { get; }

    public StorageOptions Storage { get; }

    public SearchOptions Search { get; }

    public CorpusOptions Corpus { get; }

    public IngestOptions Ingest { get; }

    public AnswerOptions AnswerOptions { get; }

    public NearDuplicateOptions Duplicates { get; }

    /// <summary>The system of record, from the provider <c>Storage:Provider</c> names.</summary>
    public IBotStore Store { get; }

    public IPassageIndex Index { get; }

    public ITemporalTagger Tagger { get; }

    public ArticleParser Parser { get; }

    public ArticleSourceReader Reader { get; }

    public IngestService Ingestion { get; }

    public LlmOptions Llm { get; }

    /// <summary>The answerer to use: the model-backed one when configured, else the extractive one.</summary>
    public IAnswerer Answerer { get; }

    public ExtractiveAnswerer Extractive { get; }

    /// <summary>The extractive answerer as it is with <c>Embeddings:Provider=none</c>: BM25 and the features, no vectors.</summary>
    public ExtractiveAnswerer LexicalAnswerer()
    {
        AnswerOptions options = BotConfiguration.Bind<AnswerOptions>(Configuration, AnswerOptions.Section);
        if (!minCoverageConfigured)
        {
            options.MinCoverage = lexicalWeights.MinCoverage;
        }

        return new(Store, new NearDuplicateCollapsingIndex(Index, Store), new QuestionAnalyzer(), options, weights: lexicalWeights);
    }


    /// <summary>The model-backed services; null when <c>Llm:Enabled</c> is false.</summary>
    public LlmServices? LlmServices { get; }

    /// <summary>The timeline narrative: written by the model when one is configured, extractive otherwise.</summary>
    public ITimelineSummarizer TimelineSummarizer(string? topic) =>
        LlmServices?.Summarizer(topic) ?? new ExtractiveTimelineSummarizer(Store);

    /// <summary>Opens the store and index; with <paramref name="seed"/>, fills an empty store from the bundled corpus.</summary>
    /// <param name="loggerFactory">Where the model-backed services log; the command line's own stderr logging when null.</param>
    public static BotContext Open(IConfiguration configuration, TextWriter log, bool seed, ILoggerFactory? loggerFactory = null)
    {
        var context = new BotContext(configuration, log, loggerFactory);
        try
        {
            if (seed && context.Corpus.SeedWhenEmpty && context.Store.IsEmpty)
            {
                context.SeedFromBundledCorpus();
            }

            // A new, empty store gets an empty index without a word: there was nothing to rebuild.
            if (IndexMaintenance.EnsureFresh(context.Store, context.Index) && context.Store.Count is int stored and > 0)
            {
                log.WriteLine($"Rebuilt the search index from the store ({Core.Text.Counted.Of(stored, "article")}).");
            }

            if (context.Semantic is { } semantic && context.EmbeddingStore.Count(semantic.Model) > 0)
            {
                if (semantic.EnsureFresh())
                {
                    log.WriteLine($"Rebuilt the vector index from the store ({Core.Text.Counted.Of(context.VectorIndex!.Count, "sentence")}).");
                }
            }

            return context;
        }
        catch
        {
            context.Dispose();
            throw;
        }
    }

    private void SeedFromBundledCorpus()
    {
        IngestReport report;
        if (Directory.Exists(Corpus.DefaultPath))
        {
            Log.WriteLine($"The store at {Store.Location} is empty: ingesting the bundled sample corpus from {Corpus.DefaultPath}.");
            report = Ingestion.Ingest([Corpus.DefaultPath]);
        }
        else
        {
            Log.WriteLine($"The store at {Store.Location} is empty: ingesting the sample corpus embedded in the program.");
            report = Ingestion.Ingest(EmbeddedSamples());
        }

        Log.WriteLine($"Sample corpus: {report.Summary()}.");
        if (Embedder is not null)
        {
            EmbeddingReport embedded = Embedder.EmbedMissingAsync(null, CancellationToken.None).GetAwaiter().GetResult();
            Log.WriteLine($"Sample corpus: {embedded.Summary()}.");
        }
    }

    private IEnumerable<SourceItem> EmbeddedSamples()
    {
        Assembly assembly = typeof(BotContext).Assembly;
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("SampleArticles/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using Stream stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            byte[] bytes = buffer.ToArray();
            string file = name["SampleArticles/".Length..];
            yield return TextDecoder.TryDecode(bytes, out string text, out string error)
                ? SourceItem.Of(new RawArticle { Source = $"embedded:{file}", Id = Path.GetFileNameWithoutExtension(file), Text = text, SizeBytes = bytes.Length })
                : SourceItem.Fail($"embedded:{file}", null, error);
        }
    }

    public void Dispose()
    {
        LlmServices?.Dispose();
        ownedConnection?.Dispose();
        (Semantic?.Provider as IDisposable)?.Dispose();
        VectorIndex?.Dispose();
        ownedLoggerFactory?.Dispose();
        Index.Dispose();
        Store.Dispose();
    }
}
