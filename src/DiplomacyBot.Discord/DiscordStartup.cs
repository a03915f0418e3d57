using Microsoft.Extensions.Hosting;

namespace DiplomacyBot.Discord;

/// <summary>
/// Before the adapter starts: GET /users/@me (a wrong token stops <c>serve</c> at once, naming Discord:BotToken), then
/// the <c>/diplo</c> command is registered by bulk overwrite, in each of Discord:GuildIds or globally.
/// </summary>
public sealed class DiscordStartup(
    IDiscordApi api,
    DiscordBotIdentity identity,
    ChatReadiness readiness,
    IOptions<DiscordOptions> options,
    ILogger<DiscordStartup> logger) : IHostedService
{
    public const string Component = "discord";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        readiness.Expect(Component, "signing in");
        DiscordUser me;
        try
        {
            me = await api.GetCurrentUserAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DiscordApiException ex)
        {
            readiness.Set(Component, false, ex.IsUnauthorized ? "unauthorized" : $"http {ex.Status}");
            throw new InvalidOperationException($"{ex.Message} (check Discord:BotToken{(ex.IsUnauthorized ? string.Empty : " and Discord:ApiBaseUrl")})", ex);
        }
        catch (HttpRequestException ex)
        {
            readiness.Set(Component, false, "unreachable");
            throw new InvalidOperationException($"Discord GET /users/@me failed: {ex.Message} (check Discord:ApiBaseUrl)", ex);
        }

        identity.Set(me);
        ChatLog.SignedIn(logger, "Discord", $"{me.Username} ({me.Id})");
        try
        {
            var commands = DiscordCommands.Definitions();
            if (options.Value.GuildIds.Count == 0)
            {
                await api.RegisterCommandsAsync(null, commands, cancellationToken).ConfigureAwait(false);
                DiscordLog.CommandsRegistered(logger, commands.Count, "globally");
            }

            foreach (string guild in options.Value.GuildIds)
            {
                await api.RegisterCommandsAsync(guild, commands, cancellationToken).ConfigureAwait(false);
                DiscordLog.CommandsRegistered(logger, commands.Count, $"in guild {guild}");
            }
        }
        catch (DiscordApiException ex)
        {
            readiness.Set(Component, false, "command registration failed");
            throw new InvalidOperationException($"{ex.Message} (check Discord:ApplicationId and Discord:GuildIds, and that the bot was invited with the applications.commands scope)", ex);
        }

        readiness.Set(Component, true, "signed in");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
