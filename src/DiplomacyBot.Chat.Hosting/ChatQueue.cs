using System.Threading.Channels;

namespace DiplomacyBot.Chat.Hosting;

/// <summary>
/// Work accepted (and already acknowledged) waiting to be carried out: questions to answer, clicks on answers'
/// buttons. Receiving never waits for the work; when the queue is full, the newcomer is turned away.
/// </summary>
public sealed class ChatQueue<T>(bool singleReader)
{
    public const int Capacity = 256;

    private readonly Channel<T> channel = Channel.CreateBounded<T>(
        new BoundedChannelOptions(Capacity) { SingleReader = singleReader, SingleWriter = false, FullMode = BoundedChannelFullMode.Wait });

    public bool TryEnqueue(T item) => channel.Writer.TryWrite(item);

    /// <summary>Accepts no more items; those already queued can still be read.</summary>
    public void Complete() => channel.Writer.TryComplete();

    public IAsyncEnumerable<T> ReadAllAsync(CancellationToken cancellationToken) => channel.Reader.ReadAllAsync(cancellationToken);
}
