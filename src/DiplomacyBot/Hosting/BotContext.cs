using System.Reflection;
using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Events;
using DiplomacyBot.Core.Duplicates;
using DiplomacyBot.Core.Ingestion;
using DiplomacyBot.Core.Search;
using DiplomacyBot.Core.Storage;
using DiplomacyBot.Core.Time;
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

        var store = new LiteDbArticleStore(Storage.Path, Storage.Shared);
        Store = store;
        Index = new LuceneSentenceIndex(LuceneSentenceIndex.PathFor(Storage.Path));
        Tagger = new TemporalTagger();
        Parser = new ArticleParser(Tagger, TimeProvider.System);
        Duplicates = BotConfiguration.Bind<NearDuplicateOptions>(configuration, NearDuplicateOptions.Section);
        if (Duplicates.Failures().FirstOrDefault() is { } failure)
        {
            throw new InvalidOperationException(failure);
        }

        Reader = new ArticleSourceReader(Ingest, new HtmlArticleExtractor());
        Ingestion = new IngestService(Store, Index, Parser, Reader, Ingest, new NearDuplicateLinker(Store, Duplicates));
        Extractive = new ExtractiveAnswerer(Store, new NearDuplicateCollapsingIndex(Index, Store), new QuestionAnalyzer(), AnswerOptions);
        Answerer = Extractive;
        if (Llm.Enabled)
        {
            ownedLoggerFactory = loggerFactory is null ? CommandLineLogging.Create(configuration) : null;
            LlmServices = LlmServices.Create(Llm, Store, Index, new LiteDbEmbeddingStore(store), Extractive, AnswerOptions, loggerFactory ?? ownedLoggerFactory!);
            Answerer = LlmServices?.Answerer ?? Extractive;
        }
    }

    public IConfiguration Configuration { get; }

    public TextWriter Log { get; }

    public StorageOptions Storage { get; }

    public CorpusOptions Corpus { get; }

    public IngestOptions Ingest { get; }

    public AnswerOptions AnswerOptions { get; }

    public NearDuplicateOptions Duplicates { get; }

    public LiteDbArticleStore Store { get; }

    public IPassageIndex Index { get; }

    public ITemporalTagger Tagger { get; }

    public ArticleParser Parser { get; }

    public ArticleSourceReader Reader { get; }

    public IngestService Ingestion { get; }

    public LlmOptions Llm { get; }

    /// <summary>The answerer to use: the model-backed one when configured, else the extractive one.</summary>
    public IAnswerer Answerer { get; }

    public ExtractiveAnswerer Extractive { get; }

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

            if (IndexMaintenance.EnsureFresh(context.Store, context.Index))
            {
                log.WriteLine($"Rebuilt the search index from the store ({context.Store.Count} articles).");
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
            Log.WriteLine($"The store at {Storage.Path} is empty: ingesting the bundled sample corpus from {Corpus.DefaultPath}.");
            report = Ingestion.Ingest([Corpus.DefaultPath]);
        }
        else
        {
            Log.WriteLine($"The store at {Storage.Path} is empty: ingesting the sample corpus embedded in the program.");
            report = Ingestion.Ingest(EmbeddedSamples());
        }

        Log.WriteLine($"Sample corpus: {report.Summary()}.");
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
        ownedLoggerFactory?.Dispose();
        Index.Dispose();
        Store.Dispose();
    }
}
