using System.Diagnostics;
using DiplomacyBot.Core.Chat;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Slack;

/// <summary>
/// Answers queued questions one after another: the chat engine composes the reply, the platform sends it. On shutdown
/// the queue is closed and the questions already acknowledged are still answered, within <see cref="DrainTime"/>.
/// </summary>
public sealed class SlackResponder(
    SlackQuestionQueue queue,
    ChatEngine engine,
    SlackPlatform platform,
    ILogger<SlackResponder> logger) : BackgroundService
{
    public const string Apology = "Sorry, something went wrong while answering that. Please try again in a moment.";

    /// <summary>How long acknowledged questions may still be answered after shutdown begins (inside the host's shutdown timeout).</summary>
    public static readonly TimeSpan DrainTime = TimeSpan.FromSeconds(8);

    protected override async Task ExecuteAsync(CancellationToken shutdown)
    {
        using var drain = new CancellationTokenSource();
        using CancellationTokenRegistration closing = shutdown.Register(() =>
        {
            queue.Complete();
            drain.CancelAfter(DrainTime);
        });
        CancellationToken stoppingToken = drain.Token;
        await foreach (IncomingQuestion question in queue.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            long started = Stopwatch.GetTimestamp();
            try
            {
                ChatReply reply = await engine.HandleAsync(question, stoppingToken).ConfigureAwait(false);
                await platform.ReplyAsync(question, reply, stoppingToken).ConfigureAwait(false);
                SlackLog.Answered(logger, question.Channel, SlackRenderer.Render(reply).Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is SlackApiException or HttpRequestException or InvalidOperationException or IOException or TaskCanceledException)
            {
                SlackLog.AnswerFailed(logger, ex, question.Channel);
                await TryApologiseAsync(question, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task TryApologiseAsync(IncomingQuestion question, CancellationToken cancellationToken)
    {
        try
        {
            await platform.ReplyAsync(question, ChatReply.Text(Apology), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException or TaskCanceledException)
        {
            SlackLog.AnswerFailed(logger, ex, question.Channel);
        }
    }
}
