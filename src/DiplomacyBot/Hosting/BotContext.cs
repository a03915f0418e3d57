using System.Reflection;
using DiplomacyBot.Core;
using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Events;
using DiplomacyBot.Core.Ingestion;
using DiplomacyBot.Core.Search;
using DiplomacyBot.Core.Storage;
using DiplomacyBot.Embeddings.Onnx;
using DiplomacyBot.Llm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DiplomacyBot.Hosting;

/// <summary>
/// The bot's working parts for one command or for <c>serve</c>, resolved from the container
/// <see cref="BotServiceCollectionExtensions.AddDiplomacyBot"/> fills: the store, its index (caught up with the store on
/// open), and the services built on them. An empty store is seeded with the bundled sample corpus. With
/// <c>Llm:Enabled</c> the answerer is the model-backed one, which falls back to the extractive answerer.
/// </summary>
public sealed class BotContext : IDisposable
{
    /// <summary>The command's own host, disposed with the context; null under <c>serve</c>, whose host owns the parts.</summary>
    private readonly IHost? ownedHost;

    private readonly Lock prepareGate = new();

    /// <summary>The opening of the store and index, once begun; null before.</summary>
    private Task? prepared;

    private BotContext(IServiceProvider services, IConfiguration configuration, TextWriter log, IHost? ownedHost)
    {
        Services = services;
        Configuration = configuration;
        Log = log;
        this.ownedHost = ownedHost;
        Validate(configuration);

        // Resolved in this order, so a store that cannot open fails before the index or a model is touched.
        Storage = services.GetRequiredService<StorageOptions>();
        Corpus = services.GetRequiredService<CorpusOptions>();
        Store = services.GetRequiredService<IBotStore>();
        EmbeddingStore = services.GetRequiredService<IEmbeddingStore>();
        Index = services.GetRequiredService<IPassageIndex>();
        Ingest = services.GetRequiredService<IngestOptions>();
        Parser = services.GetRequiredService<ArticleParser>();
        Reader = services.GetRequiredService<ArticleSourceReader>();
        Ingestion = services.GetRequiredService<IngestService>();
        EmbeddingsOptions = services.GetRequiredService<EmbeddingsOptions>();
        Llm = configuration.BindSection<LlmOptions>(LlmOptions.Section);
        // Search by meaning first: it starts loading the model, which then loads while the vectors are read.
        Semantic = services.GetService<SemanticSearch>();
        VectorIndex = services.GetService<IVectorIndex>();
        Embedder = services.GetService<EmbeddingIndexer>();
        Extractive = services.GetRequiredService<ExtractiveAnswerer>();
        Answerer = services.GetRequiredService<IAnswerer>();
    }

    /// <summary>Every part of the bot, for what the properties do not name.</summary>
    public IServiceProvider Services { get; }

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

    public CorpusOptions Corpus { get; }

    public IngestOptions Ingest { get; }

    /// <summary>The system of record, from the provider <c>Storage:Provider</c> names.</summary>
    public IBotStore Store { get; }

    public IPassageIndex Index { get; }

    public ArticleParser Parser { get; }

    public ArticleSourceReader Reader { get; }

    public IngestService Ingestion { get; }

    public LlmOptions Llm { get; }

    /// <summary>The answerer to use: the model-backed one when configured, else the extractive one.</summary>
    public IAnswerer Answerer { get; }

    public ExtractiveAnswerer Extractive { get; }

    /// <summary>The extractive answerer as it is with <c>Embeddings:Provider=none</c>: BM25 and the features, no vectors.</summary>
    public ExtractiveAnswerer LexicalAnswerer() => Services.GetRequiredKeyedService<ExtractiveAnswerer>(AnsweringServiceCollectionExtensions.Lexical);

    /// <summary>The timeline narrative: written by the model when one is configured, extractive otherwise.</summary>
    public ITimelineSummarizer TimelineSummarizer(string? topic) => Services.GetRequiredService<ITimelineSummarizers>().For(topic);

    /// <summary>
    /// Builds the command's host on <paramref name="configuration"/> and opens the store and index, caught up with the
    /// store; with <paramref name="seed"/>, fills an empty store from the bundled corpus (and embeds it), and without, an
    /// empty store stays empty. Disposing the context closes them.
    /// </summary>
    public static async Task<BotContext> OpenAsync(IConfiguration configuration, TextWriter log, bool seed, CancellationToken cancellationToken = default)
    {
        IHost host = BotHost.Build(configuration);
        try
        {
            var context = new BotContext(host.Services, configuration, log, host);
            await context.PrepareAsync(seed, cancellationToken).ConfigureAwait(false);
            return context;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The parts in <paramref name="services"/> (a host that owns them), not yet opened: <see cref="PrepareAsync"/>
    /// opens the store and index as <see cref="OpenAsync"/> does.
    /// </summary>
    public static BotContext Create(IServiceProvider services, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(services);
        return new BotContext(services, services.GetRequiredService<IConfiguration>(), log, ownedHost: null);
    }

    /// <summary>Every bad setting the parts need, each naming its key, before any of them opens.</summary>
    private static void Validate(IConfiguration configuration)
    {
        LlmOptions llm = configuration.BindSection<LlmOptions>(LlmOptions.Section);
        if (llm.Failures().ToList() is { Count: > 0 } failures)
        {
            // The same exception options validation throws at start, whichever service asks for the store first.
            throw new OptionsValidationException(LlmOptions.Section, typeof(LlmOptions), failures);
        }

        EmbeddingsOptions embeddings = configuration.BindSection<EmbeddingsOptions>(EmbeddingsOptions.Section);
        var embeddingFailures = embeddings.Failures().ToList();
        if (embeddings.IsOpenAi && !llm.EmbeddingsEnabled)
        {
            embeddingFailures.Add("Embeddings:Provider openai needs Llm:Enabled=true and Llm:EmbeddingModel set");
        }

        if (embeddingFailures.Count > 0)
        {
            throw new OptionsValidationException(EmbeddingsOptions.Section, typeof(EmbeddingsOptions), embeddingFailures);
        }

        StorageOptions storage = configuration.BindSection<StorageOptions>(StorageOptions.Section);
        if (storage.Failures().ToList() is { Count: > 0 } storageFailures)
        {
            throw new OptionsValidationException(StorageOptions.Section, typeof(StorageOptions), storageFailures);
        }
    }

    /// <summary>
    /// Opens the store and index, catching the index up with the store; with <paramref name="seed"/>, an empty store
    /// is first filled from the bundled corpus and embedded. Done once: later calls wait for the first.
    /// </summary>
    public Task PrepareAsync(bool seed, CancellationToken cancellationToken = default)
    {
        lock (prepareGate)
        {
            return prepared ??= PrepareOnceAsync(seed, cancellationToken);
        }
    }

    private async Task PrepareOnceAsync(bool seed, CancellationToken cancellationToken)
    {
        if (seed && Corpus.SeedWhenEmpty && Store.IsEmpty)
        {
            await SeedFromBundledCorpusAsync(cancellationToken).ConfigureAwait(false);
        }

        CatchUp();
    }

    /// <summary>Rebuilds the search index, and the vector index, from the store when either is missing or behind.</summary>
    private void CatchUp()
    {
        // A new, empty store gets an empty index without a word: there was nothing to rebuild.
        if (IndexMaintenance.EnsureFresh(Store, Index) && Store.Count is int stored and > 0)
        {
            Log.WriteLine($"Rebuilt the search index from the store ({Core.Text.Counted.Of(stored, "article")}).");
        }

        if (Semantic is { } semantic && EmbeddingStore.Count(semantic.Model) > 0)
        {
            if (semantic.EnsureFresh())
            {
                Log.WriteLine($"Rebuilt the vector index from the store ({Core.Text.Counted.Of(VectorIndex!.Count, "sentence")}).");
            }
        }
    }

    private async Task SeedFromBundledCorpusAsync(CancellationToken cancellationToken)
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
            EmbeddingReport embedded = await Embedder.EmbedMissingAsync(null, cancellationToken).ConfigureAwait(false);
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

    public void Dispose() => ownedHost?.Dispose();
}
