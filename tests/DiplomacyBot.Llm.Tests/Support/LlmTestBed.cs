using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Ingestion;
using DiplomacyBot.Core.Search;
using DiplomacyBot.Core.Time;
using DiplomacyBot.Search;
using DiplomacyBot.Storage;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Llm.Tests.Support;

/// <summary>
/// A fresh world per test: a temp LiteDB store and Lucene index holding <see cref="TestCorpus"/>, a fake
/// OpenAI-compatible server on 127.0.0.1, captured logs, and the model-backed services pointed at the fake.
/// </summary>
public sealed class LlmTestBed : IAsyncDisposable
{
    public const string ApiKey = "sk-test-SECRET-4f9c2b7e";

    private LlmServices? services;

    private LlmTestBed(FakeOpenAi server)
    {
        Server = server;
        Store = new LiteDbArticleStore(Folder.File("bot.db"));
        Index = new LuceneSentenceIndex(LuceneSentenceIndex.PathFor(Folder.File("bot.db")));
        Embeddings = new LiteDbEmbeddingStore(Store);
        var ingest = new IngestService(Store, Index, new ArticleParser(new TemporalTagger(), TimeProvider.System), new ArticleSourceReader(new IngestOptions()), new IngestOptions());
        IngestReport report = ingest.Ingest([TestCorpus.WriteJsonl(Folder.Path)]);
        if (report.Failed > 0 || Store.Count != TestCorpus.Records.Count)
        {
            throw new InvalidOperationException($"the test corpus did not ingest: {report.Summary()}");
        }

        Extractive = new ExtractiveAnswerer(Store, Index, new QuestionAnalyzer(), AnswerOptions);
    }

    public TempFolder Folder { get; } = new();

    public FakeOpenAi Server { get; }

    public LogCapture Logs { get; } = new();

    public LiteDbArticleStore Store { get; }

    public LuceneSentenceIndex Index { get; }

    public LiteDbEmbeddingStore Embeddings { get; }

    public AnswerOptions AnswerOptions { get; } = new();

    public ExtractiveAnswerer Extractive { get; }

    public LlmOptions Options { get; private set; } = new();

    public LlmServices Services => services ?? throw new InvalidOperationException("call Connect first");

    public static async Task<LlmTestBed> StartAsync() => new(await FakeOpenAi.StartAsync());

    /// <summary>Builds the services against the fake server; <paramref name="configure"/> adjusts the options first.</summary>
    public LlmServices Connect(Action<LlmOptions>? configure = null)
    {
        services?.Dispose();
        Options = new LlmOptions
        {
            Enabled = true,
            Endpoint = Server.Endpoint.ToString(),
            ApiKey = ApiKey,
            ChatModel = "fake-chat",
            TimeoutSeconds = 20,
            MaxRetries = 2,
            RetryDelaySeconds = 0.05,
            RewriteQueries = false,
            PromptsPath = Path.Combine(RepoPaths.Root, "prompts"),
        };
        configure?.Invoke(Options);
        connection?.Dispose();
        vectorIndex?.Dispose();
        connection = LlmConnection.Create(Options, Logs.Factory());
        Semantic = null;
        Embedder = null;
        if (connection.Embeddings is { } generator)
        {
            var provider = new Embeddings.KernelEmbeddingProvider(generator, Options.EmbeddingModel);
            vectorIndex = new FileVectorIndex(FileVectorIndex.PathFor(Folder.File("bot.db"), Passages.Key(provider.Model)), Passages.Key(provider.Model));
            Semantic = new SemanticSearch(provider, Embeddings, vectorIndex);
            Embedder = new EmbeddingIndexer(Store, Embeddings, vectorIndex, provider, Options.EmbeddingBatchSize);
        }

        services = LlmServices.Create(Options, Store, Index, Semantic, Extractive, AnswerOptions, Logs.Factory(), connection);
        return services;
    }

    private LlmConnection? connection;
    private FileVectorIndex? vectorIndex;

    /// <summary>Search by meaning with the endpoint's embedding model; null until <see cref="Connect"/> sets an embedding model.</summary>
    public SemanticSearch? Semantic { get; private set; }

    /// <summary>The embedding stage with the endpoint's embedding model; null until <see cref="Connect"/> sets one.</summary>
    public EmbeddingIndexer? Embedder { get; private set; }

    /// <summary>Embeds whatever is missing with the configured embedding model.</summary>
    public Task<EmbeddingReport> EmbedMissingAsync() =>
        (Embedder ?? throw new InvalidOperationException("no embedding model configured")).EmbedMissingAsync(null, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        services?.Dispose();
        connection?.Dispose();
        vectorIndex?.Dispose();
        Index.Dispose();
        Store.Dispose();
        await Server.DisposeAsync();
        Folder.Dispose();
    }
}
