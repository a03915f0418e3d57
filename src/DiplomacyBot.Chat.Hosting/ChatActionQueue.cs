using System.Threading.Channels;
using DiplomacyBot.Core.Chat;

namespace DiplomacyBot.Chat.Hosting;

/// <summary>Clicks on answers' buttons accepted (and already acknowledged) waiting to be carried out.</summary>
public sealed class ChatActionQueue
{
    public const int Capacity = 256;

    private readonly Channel<ChatAction> channel = Channel.CreateBounded<ChatAction>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, SingleWriter = false, FullMode = BoundedChannelFullMode.Wait });

    public bool TryEnqueue(ChatAction action) => channel.Writer.TryWrite(action);

    public void Complete() => channel.Writer.TryComplete();

    public IAsyncEnumerable<ChatAction> ReadAllAsync(CancellationToken cancellationToken) => channel.Reader.ReadAllAsync(cancellationToken);
}
