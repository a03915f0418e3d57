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
/// one and the timeline summarizer. Retrieval uses the sentence vectors of <paramref name="semantic"/> when given
/// (from the local model or from this endpoint's embedding model, see <see cref="EmbeddingProvider"/>).
/// </summary>
public sealed class LlmServices : IDisposable
{
    private readonly IArticleStore _store;
    private readonly ILogger _logger;
    private readonly bool _ownsConnection;

    private LlmServices(LlmOptions options, LlmConnection connection, bool ownsConnection, IPromptLibrary prompts, IArticleStore store, IPassageIndex index,
        SemanticSearch? semantic, IAnswerer extractive, AnswerOptions answerOptions, ILoggerFactory loggerFactory)
    {
        Options = options;
        Connection = connection;
        _ownsConnection = ownsConnection;
        Prompts = prompts;
        _store = store;
        _logger = loggerFactory.CreateLogger(LlmLog.Category);
        Semantic = semantic;
        Retriever = new PassageRetriever(store, index, new QuestionAnalyzer(), semantic, _logger);
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

    /// <summary>The sentence vectors retrieval uses; null when there are none.</summary>
    public SemanticSearch? Semantic { get; }

    /// <summary>
    /// The model-backed services, or null when <c>Llm:Enabled</c> is false. Bad settings throw, naming each key.
    /// <paramref name="connection"/> is the endpoint's connection when the caller made one already (for embeddings).
    /// </summary>
    public static LlmServices? Create(LlmOptions options, IArticleStore store, IPassageIndex index, SemanticSearch? semantic,
        IAnswerer extractive, AnswerOptions answerOptions, ILoggerFactory loggerFactory, IPromptLibrary? prompts = null, LlmConnection? connection = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(answerOptions);
        if (!options.Enabled)
        {
            return null;
        }

        bool owns = connection is null;
        connection ??= LlmConnection.Create(options, loggerFactory);
        return new LlmServices(options, connection, owns, prompts ?? new FilePromptLibrary(options.PromptsPath), store, index, semantic, extractive, answerOptions, loggerFactory);
    }

    /// <summary>Sentence vectors from the endpoint's <c>Llm:EmbeddingModel</c>; null when none is configured.</summary>
    public static IEmbeddingProvider? EmbeddingProvider(LlmConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.Embeddings is { } generator ? new KernelEmbeddingProvider(generator, connection.Options.EmbeddingModel) : null;
    }

    public ITimelineSummarizer Summarizer(string? topic) =>
        new LlmTimelineSummarizer(_store, new ExtractiveTimelineSummarizer(_store), Connection, Prompts, _logger, topic);

    public void Dispose()
    {
        if (_ownsConnection)
        {
            Connection.Dispose();
        }
    }
}
