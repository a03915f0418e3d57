using DiplomacyBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyBot.Storage.Postgres;

/// <summary><c>services.AddPostgresStorage(connectionString)</c>: the store several replicas share, opened (and migrated) when first needed.</summary>
public static class PostgresServiceCollectionExtensions
{
    /// <param name="connectionString">A secret: never logged nor put in a message.</param>
    public static IServiceCollection AddPostgresStorage(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return services.AddBotStore(_ => PostgresStorage.Open(connectionString), storeFile: null);
    }
}
