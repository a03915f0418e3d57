using DiplomacyBot.Core.Chat;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Chat.Hosting;

/// <summary>
/// Carries out one platform's queued clicks (already acknowledged) one after another: the chat engine says what a click
/// does (records a rating, finds the next sources) and the platform does it. A click that fails is logged and dropped.
/// </summary>
public sealed class ChatActionResponder(ChatInbox inbox, ChatEngine engine, IChatActionAdapter platform, ILogger<ChatActionResponder> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using CancellationTokenRegistration closing = stoppingToken.Register(inbox.Actions.Complete);
        try
        {
            await foreach (ChatAction action in inbox.Actions.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    ChatActionResult result = engine.Act(action);
                    if (result.Outcome == ChatActionOutcome.Ignored)
                    {
                        ChatLog.Ignored(logger, platform.Label, "button", result.Detail);
                        continue;
                    }

                    IReadOnlyList<string> posted = await platform.ApplyAsync(action, result, stoppingToken).ConfigureAwait(false);
                    if (result.Outcome == ChatActionOutcome.Share)
                    {
                        engine.Posted(action.Platform, action.Button.AnswerId, posted);
                    }

                    ChatLog.ActionDone(logger, platform.Label, action.Button.Kind.ToString(), action.Channel, result.Detail);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    ChatLog.ActionFailed(logger, ex, platform.Label, action.Button.Kind.ToString(), action.Channel);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; a click not carried out yet is only a lost thank-you.
        }
    }
}
