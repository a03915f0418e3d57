using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DiplomacyBot.Hosting;

/// <summary>
/// The generic host a command runs on: the bot's parts (<see cref="BotServiceCollectionExtensions.AddDiplomacyBot"/>)
/// and stderr logging, on the command's configuration. It is built, never started: a command uses its parts and is
/// done. Every part is made when first asked for, so a command pays only for what it uses.
/// </summary>
public static class BotHost
{
    public static IHost Build(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddConfiguration(configuration);
        CommandLineLogging.Configure(builder.Logging, configuration);
        builder.Services.AddDiplomacyBot(configuration);
        return builder.Build();
    }
}
