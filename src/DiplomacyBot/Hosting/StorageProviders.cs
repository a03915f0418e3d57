using DiplomacyBot.Core;
using DiplomacyBot.Core.Storage;
using DiplomacyBot.Storage;
using DiplomacyBot.Storage.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyBot.Hosting;

/// <summary>
/// The one place that knows the store providers: <c>Storage:Provider</c> picks LiteDB (one file) or PostgreSQL (a
/// database several replicas share).
/// </summary>
public static class StorageProviders
{
    public static IServiceCollection AddDiplomacyBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        StorageOptions storage = configuration.BindSection<StorageOptions>(StorageOptions.Section);
        services.AddSingleton(storage);
        return storage.IsPostgres && !string.IsNullOrWhiteSpace(storage.ConnectionString)
            ? services.AddPostgresStorage(storage.ConnectionString)
            : services.AddLiteDbStorage(configuration);
    }

    /// <summary>Only the store <paramref name="settings"/> name, in a container of its own that closes it when disposed.</summary>
    public static ServiceProvider StoreOnly(IDictionary<string, string?> settings)
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddDiplomacyBotStorage(configuration).BuildServiceProvider();
    }

    /// <summary>The settings of the PostgreSQL store <paramref name="connectionString"/> names.</summary>
    public static Dictionary<string, string?> Postgres(string connectionString) => new()
    {
        ["Storage:Provider"] = StorageOptions.Postgres,
        ["Storage:ConnectionString"] = connectionString,
    };
}
