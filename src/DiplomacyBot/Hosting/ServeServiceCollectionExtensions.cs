using DiplomacyBot.Core.Chat;
using DiplomacyBot.Core.Events;
using DiplomacyBot.Llm;
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
        services.AddLlm(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ChatReadiness>();
        services.TryAddSingleton<ITimelineChart, TimelineChart>();
        services.TryAddSingleton(sp => BotContext.Open(
            configuration,
            new ServeLogWriter(sp.GetRequiredService<ILoggerFactory>().CreateLogger("DiplomacyBot.Store")),
            seed: true,
            sp.GetRequiredService<ILoggerFactory>()));
        services.TryAddSingleton(sp =>
        {
            BotContext context = sp.GetRequiredService<BotContext>();
            return new ChatEngine(context.Answerer, context.Store, sp.GetRequiredService<ITimelineChart>());
        });
        services.TryAddSingleton(sp => (ISeenEventStore)sp.GetRequiredService<BotContext>().Store);
        services.TryAddSingleton<DiplomacyBot.Core.Storage.IArticleStore>(sp => sp.GetRequiredService<BotContext>().Store);
        services.AddHostedService<ServeEngineWarmup>();
        return services;
    }
}
