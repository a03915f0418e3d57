using DiplomacyBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyBot.Storage;

/// <summary><c>services.AddLiteDbStorage(options)</c>: the store in one LiteDB file, <c>Storage:Path</c>, opened when first needed.</summary>
public static class LiteDbServiceCollectionExtensions
{
    public static IServiceCollection AddLiteDbStorage(this IServiceCollection services, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return services.AddBotStore(_ => LiteDbStorage.Open(options.Path, options.Shared, options.CacheMegabytes * 1024L * 1024L), options.Path);
    }
}
