using DiplomacyBot.Core.Chat;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Chat.Hosting;

/// <summary>
/// One platform's way in: the events it has seen (so retries and replays yield one answer) and the questions it has
/// accepted, waiting to be answered; every event's fate is logged. Each adapter has its own, keyed by its platform name.
/// </summary>
public sealed class ChatInbox(string label, ChatDedupe seen, ILogger<ChatInbox> logger)
{
    public ChatQueue<IncomingQuestion> Queue { get; } = new(singleReader: false);

    /// <summary>Clicks on the buttons of this platform's answers, waiting to be carried out.</summary>
    public ChatQueue<ChatAction> Actions { get; } = new(singleReader: true);

    /// <summary>
    /// True the first time any of <paramref name="keys"/> is seen within the dedupe window. Replicas sharing a store
    /// claim each event there; when the store cannot be reached the event is answered anyway, and that is logged.
    /// </summary>
    public bool FirstTime(params string?[] keys)
    {
        bool first = seen.FirstTime(out Exception? unclaimed, keys);
        if (unclaimed is not null)
        {
            ChatLog.Unclaimed(logger, label, unclaimed.GetType().Name);
        }

        return first;
    }

    public RouteResult Enqueue(string kind, IncomingQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (!Queue.TryEnqueue(question))
        {
            ChatLog.QueueFull(logger, label, question.Channel);
            return RouteResult.QueueFull;
        }

        ChatLog.Queued(logger, label, kind, question.Channel, question.User);
        return RouteResult.Queued;
    }

    public RouteResult EnqueueAction(ChatAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (!Actions.TryEnqueue(action))
        {
            ChatLog.QueueFull(logger, label, action.Channel);
            return RouteResult.QueueFull;
        }

        ChatLog.Queued(logger, label, "button " + action.Button.Kind, action.Channel, action.User);
        return RouteResult.Queued;
    }

    public RouteResult Ignore(string kind, string reason, RouteResult result = RouteResult.Ignored)
    {
        ChatLog.Ignored(logger, label, kind, reason);
        return result;
    }

    /// <summary>A request turned away at the door (a bad signature).</summary>
    public void Reject(string path, string reason) => ChatLog.Rejected(logger, label, path, reason);
}
