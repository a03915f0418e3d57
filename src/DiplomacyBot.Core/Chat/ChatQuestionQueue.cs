using System.Threading.Channels;

namespace DiplomacyBot.Core.Chat;

/// <summary>
/// Questions accepted (and already acknowledged) waiting to be answered: receiving never waits for answering.
/// </summary>
public sealed class ChatQuestionQueue
{
    public const int Capacity = 256;

    private readonly Channel<IncomingQuestion> channel = Channel.CreateBounded<IncomingQuestion>(
        new BoundedChannelOptions(Capacity) { SingleReader = false, SingleWriter = false, FullMode = BoundedChannelFullMode.Wait });

    public bool TryEnqueue(IncomingQuestion question) => channel.Writer.TryWrite(question);

    /// <summary>Accepts no more questions; those already queued can still be read.</summary>
    public void Complete() => channel.Writer.TryComplete();

    public IAsyncEnumerable<IncomingQuestion> ReadAllAsync(CancellationToken cancellationToken) => channel.Reader.ReadAllAsync(cancellationToken);
}
