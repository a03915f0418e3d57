using DiplomacyBot.Core.Chat;

namespace DiplomacyBot.Chat.Hosting;

/// <summary>
/// A platform's outgoing side: it renders a reply into its own messages (<typeparamref name="TMessage"/>) and sends
/// them where the question was asked. The shared plumbing needs only its name, label and message count.
/// </summary>
/// <param name="render">The reply as this platform's messages, within its limits, every piece of text made inert.</param>
public abstract class ChatAdapter<TMessage>(string name, string label, Func<ChatReply, IReadOnlyList<TMessage>> render) : IChatAdapter
{
    public string Name => name;

    public string Label => label;

    public int MessageCount(ChatReply reply) => render(reply).Count;

    public Task ReplyAsync(IncomingQuestion question, ChatReply reply, CancellationToken cancellationToken) => PostAsync(question, reply, cancellationToken);

    public Task<IReadOnlyList<string>> PostAsync(IncomingQuestion question, ChatReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(reply);
        return SendAsync(question, reply, render(reply), cancellationToken);
    }

    /// <summary>Sends the rendered messages; returns the ids of those posted, where the platform gives them.</summary>
    protected abstract Task<IReadOnlyList<string>> SendAsync(IncomingQuestion question, ChatReply reply, IReadOnlyList<TMessage> messages, CancellationToken cancellationToken);
}
