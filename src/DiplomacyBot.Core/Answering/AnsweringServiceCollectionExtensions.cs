using DiplomacyBot.Core.Duplicates;
using DiplomacyBot.Core.Events;
using DiplomacyBot.Core.Search;
using DiplomacyBot.Core.Storage;
using DiplomacyBot.Core.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DiplomacyBot.Core.Answering;

/// <summary>
/// <c>services.AddDiplomacyBotAnswering(configuration)</c>: the extractive answerer over the store and its index, with
/// search by meaning when an <see cref="EmbeddingSetup"/> is registered, and the ranking weights fitted for either.
/// It is the <see cref="IAnswerer"/> unless another registration (the model's) offers one.
/// </summary>
public static class AnsweringServiceCollectionExtensions
{
    /// <summary>The key of the extractive answerer as it is without vectors: BM25 and the features alone.</summary>
    public const string Lexical = "lexical";

    public static IServiceCollection AddDiplomacyBotAnswering(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        IConfigurationSection section = configuration.GetSection(AnswerOptions.Section);
        // A threshold in configuration overrides the fitted one; the semantic scale, the embedding model's own.
        bool minCoverageConfigured = section[nameof(AnswerOptions.MinCoverage)] is not null;
        bool scaleConfigured = section.GetChildren().Any(c => c.Key.StartsWith("Semantic", StringComparison.Ordinal));

        services.TryAddSingleton(_ => FittedRankingWeights.For(configuration.BindSection<AnswerOptions>(AnswerOptions.Section)));
        services.TryAddSingleton(sp =>
        {
            AnswerOptions options = configuration.BindSection<AnswerOptions>(AnswerOptions.Section);
            EmbeddingSetup? embeddings = sp.GetService<EmbeddingSetup>();
            if (embeddings?.SimilarityScale is { } scale && !scaleConfigured)
            {
                // Similarities mean different things under different models: each local model comes with its own scale.
                options.SemanticFloor = scale.Floor;
                options.SemanticFull = scale.Full;
            }

            if (!minCoverageConfigured)
            {
                FittedRankingWeights fitted = sp.GetRequiredService<FittedRankingWeights>();
                options.MinCoverage = (embeddings is null ? fitted.Lexical : fitted.Hybrid).MinCoverage;
            }

            return options;
        });

        // Search by meaning, and the stage that embeds what has no vectors yet: neither without an embedding model.
        services.TryAddSingleton(sp => sp.GetService<EmbeddingSetup>() is { } setup ? Semantic(sp, setup) : null!);
        services.TryAddSingleton(sp => sp.GetService<EmbeddingSetup>() is { } setup
            ? new EmbeddingIndexer(sp.GetRequiredService<IArticleStore>(), sp.GetRequiredService<IEmbeddingStore>(), sp.GetRequiredService<IVectorIndex>(), setup.Provider, setup.BatchSize)
            : null!);

        services.TryAddSingleton(sp => sp.GetService<SemanticSearch>() is null
            ? new QuestionAnalyzer()
            : new QuestionAnalyzer(QueryExpansions.WithVectors, new TemporalTagger()));
        services.TryAddSingleton(sp =>
        {
            SemanticSearch? semantic = sp.GetService<SemanticSearch>();
            FittedRankingWeights fitted = sp.GetRequiredService<FittedRankingWeights>();
            return new ExtractiveAnswerer(
                sp.GetRequiredService<IArticleStore>(), Collapsing(sp), sp.GetRequiredService<QuestionAnalyzer>(), sp.GetRequiredService<AnswerOptions>(), semantic,
                weights: semantic is null ? fitted.Lexical : fitted.Hybrid);
        });
        services.TryAddKeyedSingleton(Lexical, (sp, _) =>
        {
            AnswerOptions options = configuration.BindSection<AnswerOptions>(AnswerOptions.Section);
            RankingWeights lexical = sp.GetRequiredService<FittedRankingWeights>().Lexical;
            if (!minCoverageConfigured)
            {
                options.MinCoverage = lexical.MinCoverage;
            }

            return new ExtractiveAnswerer(sp.GetRequiredService<IArticleStore>(), Collapsing(sp), new QuestionAnalyzer(), options, weights: lexical);
        });
        services.TryAddSingleton<IAnswerer>(sp => sp.GetRequiredService<ExtractiveAnswerer>());
        services.TryAddSingleton<ITimelineSummarizers>(sp => new ExtractiveTimelineSummarizers(sp.GetRequiredService<IArticleStore>()));
        return services;
    }

    /// <summary>
    /// The extractive answerer as configured, but abstaining below another coverage of the question: what
    /// <c>eval --coverage-sweep</c> calibrates <c>Answer:MinCoverage</c> with, on real answers.
    /// </summary>
    public static ExtractiveAnswerer WithMinCoverage(IServiceProvider services, double minCoverage)
    {
        ArgumentNullException.ThrowIfNull(services);
        AnswerOptions options = services.GetRequiredService<AnswerOptions>().WithMinCoverage(minCoverage);
        SemanticSearch? semantic = services.GetService<SemanticSearch>();
        FittedRankingWeights fitted = services.GetRequiredService<FittedRankingWeights>();
        return new ExtractiveAnswerer(
            services.GetRequiredService<IArticleStore>(), Collapsing(services), services.GetRequiredService<QuestionAnalyzer>(), options, semantic,
            weights: semantic is null ? fitted.Lexical : fitted.Hybrid);
    }

    private static NearDuplicateCollapsingIndex Collapsing(IServiceProvider sp) =>
        new(sp.GetRequiredService<IPassageIndex>(), sp.GetRequiredService<INearDuplicateStore>());

    private static SemanticSearch Semantic(IServiceProvider sp, EmbeddingSetup setup)
    {
        IEmbeddingStore embeddings = sp.GetRequiredService<IEmbeddingStore>();
        if (setup.StartLoading is { } load && embeddings.Count(Passages.Key(setup.Provider.Model)) > 0)
        {
            // Questions will need the model: load it while the index, the vectors and the command get going.
            load();
        }

        return new SemanticSearch(setup.Provider, embeddings, sp.GetRequiredService<IVectorIndex>());
    }
}
