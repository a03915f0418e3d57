using System.Diagnostics;
using DiplomacyBot.Core.Chat;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Discord;

/// <summary>
/// Answers queued questions one after another: the chat engine composes the reply, the platform sends it. On shutdown
/// the queue is closed and the questions already accepted are still answered, within <see cref="DrainTime"/>.
/// </summary>
public sealed class DiscordResponder(
    DiscordQuestionQueue queue,
    ChatEngine engine,
    DiscordPlatform platform,
    ILogger<DiscordResponder> logger) : BackgroundService
{
    public const string Apology = "Sorry, something went wrong while answering that. Please try again in a moment.";

    public static readonly TimeSpan DrainTime = TimeSpan.FromSeconds(8);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var drain = new CancellationTokenSource();
        using CancellationTokenRegistration closing = stoppingToken.Register(() =>
        {
            queue.Complete();
            drain.CancelAfter(DrainTime);
        });
        CancellationToken token = drain.Token;
        await foreach (IncomingQuestion question in queue.ReadAllAsync(token).ConfigureAwait(false))
        {
            long started = Stopwatch.GetTimestamp();
            try
            {
                ChatReply reply = await engine.HandleAsync(question, token).ConfigureAwait(false);
                await platform.ReplyAsync(question, reply, token).ConfigureAwait(false);
                DiscordLog.Answered(logger, question.Channel, DiscordRenderer.Render(reply).Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is DiscordApiException or HttpRequestException or InvalidOperationException or IOException or TaskCanceledException)
            {
                DiscordLog.AnswerFailed(logger, ex, question.Channel);
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
        catch (Exception ex) when (ex is DiscordApiException or HttpRequestException or TaskCanceledException)
        {
            DiscordLog.AnswerFailed(logger, ex, question.Channel);
        }
    }
}
