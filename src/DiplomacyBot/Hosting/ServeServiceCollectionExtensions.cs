using DiplomacyBot.Chat.Hosting;
using DiplomacyBot.Core.Chat;
using DiplomacyBot.Core.Events;
using DiplomacyBot.Llm;
using DiplomacyBot.Core.Feeds;
using DiplomacyBot.Core.Ingestion;
using DiplomacyBot.Core.Search;
using DiplomacyBot.Core.Storage;
using DiplomacyBot.Output;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Hosting;

/// <summary>The answering engine for <c>serve</c>: the store and index (<see cref="BotContext"/>), the chart, the chat engine and readiness.</summary>
public static class ServeServiceCollectionExtensions
{
    public static IServiceCollection AddAnsweringEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDiplomacyBot(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ChatReadiness>();
        services.TryAddSingleton<ITimelineChart, TimelineChart>();
        // Opened (and an empty store seeded) by ServeEngineWarmup, the first hosted service to start.
        services.TryAddSingleton(sp => BotContext.Create(
            sp,
            new ServeLogWriter(sp.GetRequiredService<ILoggerFactory>().CreateLogger("DiplomacyBot.Store"))));
        services.TryAddSingleton(sp =>
        {
            BotContext context = sp.GetRequiredService<BotContext>();
            return new ChatEngine(
                context.Answerer, context.Store, sp.GetRequiredService<ITimelineChart>(), sp.GetService<IAdminCommands>(), sp.GetService<AdminOptions>(), context.Index,
                sp.GetRequiredService<ChatConversations>());
        });
        services.AddChatConversations(configuration);
        services.AddHostedService<ServeEngineWarmup>();
        services.AddHostedService<BackgroundEmbedding>();
        services.AddHostedService<StoreWatch>();
        return services;
    }
}
