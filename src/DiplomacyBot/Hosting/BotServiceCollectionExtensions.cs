using DiplomacyBot.Core;
using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Ingestion;
using DiplomacyBot.Embeddings.Onnx;
using DiplomacyBot.Feeds;
using DiplomacyBot.Llm;
using DiplomacyBot.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyBot.Hosting;

/// <summary>The bot's working parts, for every command and for <c>serve</c>: each component registers its own.</summary>
public static class BotServiceCollectionExtensions
{
    public static IServiceCollection AddDiplomacyBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSection<CorpusOptions>(configuration, CorpusOptions.Section);
        services.AddDiplomacyBotStorage(configuration);
        services.AddDiplomacyBotSearch(configuration);
        services.AddLocalEmbeddings(configuration);
        services.AddLlm(configuration);
        services.AddHtmlArticleExtractor();
        services.AddDiplomacyBotIngestion(configuration);
        services.AddDiplomacyBotAnswering(configuration);
        return services;
    }
}
