using Microsoft.Extensions.Hosting;

namespace DiplomacyBot.Slack;

/// <summary>Calls auth.test before the adapter starts: a wrong bot token stops <c>serve</c> at once with Slack's error code.</summary>
public sealed class SlackStartup(ISlackApi api, SlackBotIdentity identity, ChatReadiness readiness, ILogger<SlackStartup> logger) : IHostedService
{
    public const string Component = "slack";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        SlackIdentity me;
        try
        {
            me = await api.AuthTestAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SlackApiException ex)
        {
            readiness.Set(Component, false, ex.Error);
            throw new InvalidOperationException($"{ex.Message} (check Slack:BotToken and Slack:ApiBaseUrl)", ex);
        }
        catch (HttpRequestException ex)
        {
            readiness.Set(Component, false, "unreachable");
            throw new InvalidOperationException($"Slack auth.test failed: {ex.Message} (check Slack:ApiBaseUrl)", ex);
        }

        identity.Set(me);
        readiness.Set(Component, true, "signed in");
        ChatLog.SignedIn(logger, "Slack", $"bot user {me.UserId} in workspace {me.TeamId}");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
