using DiplomacyBot.Core.Chat;
using DiplomacyBot.Core.Duplicates;
using DiplomacyBot.Core.Feeds;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyBot.Core.Storage;

/// <summary>What every store provider registers: the opened store (once, when first asked for) and each of its parts.</summary>
public static class StoreServiceCollectionExtensions
{
    /// <param name="open">Opens the provider's store; called once, by whatever needs the store first.</param>
    /// <param name="storeFile">The file the store is kept in, or null for a database server.</param>
    public static IServiceCollection AddBotStore(this IServiceCollection services, Func<IServiceProvider, StoreSet> open, string? storeFile)
    {
        ArgumentNullException.ThrowIfNull(open);
        services.AddSingleton(open);
        services.AddSingleton(new StoreFile(storeFile));
        services.AddSingleton(sp => sp.GetRequiredService<StoreSet>().Store);
        services.AddSingleton(sp => sp.GetRequiredService<StoreSet>().Embeddings);
        services.AddSingleton<IArticleStore>(sp => sp.GetRequiredService<IBotStore>());
        services.AddSingleton<INearDuplicateStore>(sp => sp.GetRequiredService<IBotStore>());
        services.AddSingleton<IFeedStore>(sp => sp.GetRequiredService<IBotStore>());
        services.AddSingleton<IBotStateStore>(sp => sp.GetRequiredService<IBotStore>());
        services.AddSingleton<ISeenEventStore>(sp => sp.GetRequiredService<IBotStore>());
        services.AddSingleton<ILeaseStore>(sp => sp.GetRequiredService<IBotStore>());
        services.AddSingleton<IConversationStore>(sp => sp.GetRequiredService<IBotStore>());
        return services;
    }
}
