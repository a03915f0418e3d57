using System.Diagnostics;
using DiplomacyBot.Core.Chat;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Chat.Hosting;

/// <summary>
/// Answers one platform's queued questions one after another: the chat engine composes the reply, the platform sends
/// it. On shutdown the queue is closed and the questions already acknowledged are still answered, within
/// <see cref="DrainTime"/>.
/// </summary>
public sealed class ChatResponder(ChatInbox inbox, ChatEngine engine, IChatAdapter platform, ILogger<ChatResponder> logger) : BackgroundService
{
    public const string Apology = "Sorry, something went wrong while answering that. Please try again in a moment.";

    /// <summary>How long acknowledged questions may still be answered after shutdown begins (inside the host's shutdown timeout).</summary>
    public static readonly TimeSpan DrainTime = TimeSpan.FromSeconds(8);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var drain = new CancellationTokenSource();
        using CancellationTokenRegistration closing = stoppingToken.Register(() =>
        {
            inbox.Queue.Complete();
            drain.CancelAfter(DrainTime);
        });
        CancellationToken token = drain.Token;
        await foreach (IncomingQuestion question in inbox.Queue.ReadAllAsync(token).ConfigureAwait(false))
        {
            long started = Stopwatch.GetTimestamp();
            try
            {
                ChatReply reply = await engine.HandleAsync(question, token).ConfigureAwait(false);
                IReadOnlyList<string> posted = await platform.PostAsync(question, reply, token).ConfigureAwait(false);
                if (reply.Actions is { } actions)
                {
                    engine.Posted(platform.Name, actions.AnswerId, posted);
                }

                ChatLog.Answered(logger, platform.Label, question.Channel, platform.MessageCount(reply), Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is ChatApiException or HttpRequestException or InvalidOperationException or IOException or TaskCanceledException)
            {
                ChatLog.AnswerFailed(logger, ex, platform.Label, question.Channel);
                await TryApologiseAsync(question, token).ConfigureAwait(false);
            }
        }
    }

    private async Task TryApologiseAsync(IncomingQuestion question, CancellationToken cancellationToken)
    {
        try
        {
            await platform.ReplyAsync(question, ChatReply.Text(Apology), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ChatApiException or HttpRequestException or TaskCanceledException)
        {
            ChatLog.AnswerFailed(logger, ex, platform.Label, question.Channel);
        }
    }
}
