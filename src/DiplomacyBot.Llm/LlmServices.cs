using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Events;
using DiplomacyBot.Core.Search;
using DiplomacyBot.Core.Storage;
using DiplomacyBot.Llm.Answering;
using DiplomacyBot.Llm.Embeddings;
using DiplomacyBot.Llm.Prompts;
using DiplomacyBot.Llm.Retrieval;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Llm;

/// <summary>
/// The optional model-backed parts, built only when <c>Llm:Enabled</c> is true: the answerer that wraps the extractive
/// one, the timeline summarizer, and (with <c>Llm:EmbeddingModel</c>) the embedding indexer and vector search.
/// </summary>
public sealed class LlmServices : IDisposable
{
    private readonly IArticleStore _store;
    private readonly ILogger _logger;

    private LlmServices(LlmOptions options, LlmConnection connection, IPromptLibrary prompts, IArticleStore store, IPassageIndex index,
        IEmbeddingStore? embeddingStore, IAnswerer extractive, AnswerOptions answerOptions, ILoggerFactory loggerFactory)
    {
        Options = options;
        Connection = connection;
        Prompts = prompts;
        _store = store;
        _logger = loggerFactory.CreateLogger(LlmLog.Category);
        if (options.EmbeddingsEnabled && connection.Embeddings is not null && embeddingStore is not null)
        {
            EmbeddingProvider = new KernelEmbeddingProvider(connection.Embeddings, options.EmbeddingModel);
            Embedder = new EmbeddingIndexer(store, embeddingStore, EmbeddingProvider, options.EmbeddingBatchSize, _logger);
            Vectors = new VectorSearch(embeddingStore, store, EmbeddingProvider);
        }

        Retriever = new PassageRetriever(store, index, new QuestionAnalyzer(), Vectors, _logger);
        Answerer = new LlmAnswerer(
            extractive,
            Retriever,
            connection,
            prompts,
            options.RewriteQueries ? new QueryRewriter(connection, prompts, _logger) : null,
            new AnswerVerifier(answerOptions.MaxQuotes, _logger),
            _logger);
    }

    public LlmOptions Options { get; }

    public LlmConnection Connection { get; }

    public IPromptLibrary Prompts { get; }

    public IAnswerer Answerer { get; }

    public PassageRetriever Retriever { get; }

    public IEmbeddingProvider? EmbeddingProvider { get; }

    public EmbeddingIndexer? Embedder { get; }

    public VectorSearch? Vectors { get; }

    /// <summary>The model-backed services, or null when <c>Llm:Enabled</c> is false. Bad settings throw, naming each key.</summary>
    public static LlmServices? Create(LlmOptions options, IArticleStore store, IPassageIndex index, IEmbeddingStore? embeddingStore,
        IAnswerer extractive, AnswerOptions answerOptions, ILoggerFactory loggerFactory, IPromptLibrary? prompts = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(answerOptions);
        if (!options.Enabled)
        {
            return null;
        }

        LlmConnection connection = LlmConnection.Create(options, loggerFactory);
        return new LlmServices(options, connection, prompts ?? new FilePromptLibrary(options.PromptsPath), store, index, embeddingStore, extractive, answerOptions, loggerFactory);
    }

    public ITimelineSummarizer Summarizer(string? topic) =>
        new LlmTimelineSummarizer(_store, new ExtractiveTimelineSummarizer(_store), Connection, Prompts, _logger, topic);

    /// <summary>Embeds the sentences still missing a vector; null when no embedding model is configured.</summary>
    public async Task<EmbeddingReport?> EmbedMissingAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        if (Embedder is null)
        {
            return null;
        }

        try
        {
            return await Embedder.EmbedMissingAsync(progress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Vectors?.Invalidate();
        }
    }

    public void Dispose() => Connection.Dispose();
}
