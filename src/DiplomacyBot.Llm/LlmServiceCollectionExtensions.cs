using DiplomacyBot.Core;
using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Events;
using DiplomacyBot.Core.Search;
using DiplomacyBot.Core.Storage;
using DiplomacyBot.Llm.Answering;
using DiplomacyBot.Llm.Embeddings;
using DiplomacyBot.Llm.Prompts;
using DiplomacyBot.Llm.Retrieval;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Llm;

/// <summary>
/// <c>services.AddLlm(configuration)</c>: the "Llm" options, validated when the host starts so a bad key stops it with
/// the key's name; and, only when <c>Llm:Enabled</c> is true, the model-backed parts: the answerer that wraps the
/// extractive one (it becomes the <see cref="IAnswerer"/>), the timeline narratives, and, with
/// <c>Embeddings:Provider=openai</c>, sentence vectors from the endpoint's <c>Llm:EmbeddingModel</c>.
/// </summary>
public static class LlmServiceCollectionExtensions
{
    public static IServiceCollection AddLlm(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedSection<LlmOptions>(configuration, LlmOptions.Section, o => o.Failures());
        LlmOptions options = configuration.BindSection<LlmOptions>(LlmOptions.Section);
        return services.AddLlmParts(options, string.Equals(configuration["Embeddings:Provider"], "openai", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The model-backed parts for <paramref name="options"/> (nothing when they are not enabled), without the options' validation at start.</summary>
    /// <param name="embeddings">Whether sentence vectors come from the endpoint's embedding model.</param>
    public static IServiceCollection AddLlmParts(this IServiceCollection services, LlmOptions options, bool embeddings)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return services;
        }

        services.TryAddSingleton(sp => LlmConnection.Create(options, sp.GetRequiredService<ILoggerFactory>()));
        services.TryAddSingleton<IPromptLibrary>(_ => new FilePromptLibrary(options.PromptsPath));
        services.TryAddSingleton(sp => new PassageRetriever(
            sp.GetRequiredService<IArticleStore>(), sp.GetRequiredService<IPassageIndex>(), new QuestionAnalyzer(), sp.GetService<SemanticSearch>(), Logger(sp)));
        services.TryAddSingleton(sp =>
        {
            LlmConnection connection = sp.GetRequiredService<LlmConnection>();
            IPromptLibrary prompts = sp.GetRequiredService<IPromptLibrary>();
            ILogger logger = Logger(sp);
            return new LlmAnswerer(
                sp.GetRequiredService<ExtractiveAnswerer>(),
                sp.GetRequiredService<PassageRetriever>(),
                connection,
                prompts,
                options.RewriteQueries ? new QueryRewriter(connection, prompts, logger) : null,
                new AnswerVerifier(sp.GetRequiredService<AnswerOptions>().MaxQuotes, logger),
                logger);
        });
        services.Replace(ServiceDescriptor.Singleton<IAnswerer>(sp => sp.GetRequiredService<LlmAnswerer>()));
        services.Replace(ServiceDescriptor.Singleton<ITimelineSummarizers>(sp => new LlmTimelineSummarizers(
            sp.GetRequiredService<IArticleStore>(), sp.GetRequiredService<LlmConnection>(), sp.GetRequiredService<IPromptLibrary>(), Logger(sp))));
        if (embeddings)
        {
            services.TryAddSingleton(sp => sp.GetRequiredService<LlmConnection>().Embeddings is { } generator
                ? new EmbeddingSetup(new KernelEmbeddingProvider(generator, options.EmbeddingModel), options.EmbeddingBatchSize)
                : null!);
        }

        return services;
    }

    private static ILogger Logger(IServiceProvider services) => services.GetRequiredService<ILoggerFactory>().CreateLogger(LlmLog.Category);
}
