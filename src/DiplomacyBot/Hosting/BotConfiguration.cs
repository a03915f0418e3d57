using Microsoft.Extensions.Configuration;

namespace DiplomacyBot.Hosting;

/// <summary>
/// Configuration precedence, lowest first: appsettings.json beside the program, appsettings.json in the working
/// folder, environment variables prefixed DIPLOMACYBOT_ (e.g. DIPLOMACYBOT_Storage__Path), then command-line options.
/// </summary>
public static class BotConfiguration
{
    public const string EnvironmentPrefix = "DIPLOMACYBOT_";

    public static IConfigurationRoot Build(IDictionary<string, string?>? commandLine = null, string? workingDirectory = null)
    {
        string cwd = workingDirectory ?? Directory.GetCurrentDirectory();
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false)
            .AddJsonFile(Path.Combine(cwd, "appsettings.json"), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables(EnvironmentPrefix);
        if (commandLine is { Count: > 0 })
        {
            builder.AddInMemoryCollection(commandLine);
        }

        return builder.Build();
    }

    /// <summary>
    /// Settings for a LiteDB store of a command's own (a benchmark's or an evaluation's working store), whatever
    /// provider and index path the configuration names for the bot's real store.
    /// </summary>
    public static Dictionary<string, string?> LocalStore(string path) => new()
    {
        ["Storage:Provider"] = Core.Storage.StorageOptions.LiteDb,
        ["Storage:Path"] = path,
        ["Search:IndexPath"] = string.Empty,
    };

    /// <summary>The same as environment variables, for a child process of this program working on such a store.</summary>
    public static void UseLocalStore(IDictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        environment[EnvironmentPrefix + "Storage__Provider"] = Core.Storage.StorageOptions.LiteDb;
        environment[EnvironmentPrefix + "Search__IndexPath"] = string.Empty;
    }
}
