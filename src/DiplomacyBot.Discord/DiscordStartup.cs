using Microsoft.Extensions.Hosting;

namespace DiplomacyBot.Discord;

/// <summary>
/// Before the adapter starts: GET /users/@me (a wrong token stops <c>serve</c> at once, naming Discord:BotToken), then
/// the <c>/diplo</c> command is registered by bulk overwrite, in each of Discord:GuildIds or globally. A registration
/// Discord refuses is logged and marks Discord degraded in <c>/readyz</c>; mentions, direct messages and the other
/// adapters carry on.
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
        IReadOnlyList<string> refused = await RegisterCommandsAsync(cancellationToken).ConfigureAwait(false);
        if (refused.Count == 0)
        {
            readiness.Set(Component, true, "signed in");
        }
        else
        {
            readiness.Degrade(Component, $"/{DiscordCommands.Name} not registered {string.Join(", ", refused)}");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Registers the commands everywhere configured; returns where (and why) that failed.</summary>
    private async Task<IReadOnlyList<string>> RegisterCommandsAsync(CancellationToken cancellationToken)
    {
        var commands = DiscordCommands.Definitions();
        var refused = new List<string>();
        IReadOnlyList<string?> targets = options.Value.GuildIds.Count == 0 ? [null] : [.. options.Value.GuildIds];
        foreach (string? guild in targets)
        {
            string where = guild is null ? "globally" : $"in guild {guild}";
            try
            {
                await api.RegisterCommandsAsync(guild, commands, cancellationToken).ConfigureAwait(false);
                DiscordLog.CommandsRegistered(logger, commands.Count, where);
            }
            catch (Exception ex) when (ex is DiscordApiException or HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                DiscordLog.CommandsRefused(logger, where, ex.Message);
                refused.Add(ex is DiscordApiException { Status: > 0 } refusal ? $"{where} (HTTP {refusal.Status})" : $"{where} ({ex.GetType().Name})");
            }
        }

        return refused;
    }
}
