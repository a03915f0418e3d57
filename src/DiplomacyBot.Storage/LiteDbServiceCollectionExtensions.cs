using DiplomacyBot.Core;
using DiplomacyBot.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyBot.Storage;

/// <summary><c>services.AddLiteDbStorage(configuration)</c>: the store in one LiteDB file, <c>Storage:Path</c>, opened when first needed.</summary>
public static class LiteDbServiceCollectionExtensions
{
    public static IServiceCollection AddLiteDbStorage(this IServiceCollection services, IConfiguration configuration)
    {
        StorageOptions storage = configuration.BindSection<StorageOptions>(StorageOptions.Section);
        LiteDbStorageOptions liteDb = configuration.BindSection<LiteDbStorageOptions>(StorageOptions.Section);
        return services.AddBotStore(_ => LiteDbStorage.Open(storage.Path, liteDb.Shared, liteDb.CacheMegabytes * 1024L * 1024L), storage.Path);
    }
}
