using System.Threading.Channels;
using DiplomacyBot.Core.Chat;

namespace DiplomacyBot.Slack;

/// <summary>Questions accepted (and already acknowledged) waiting to be answered: receiving never waits for answering.</summary>
public sealed class SlackQuestionQueue
{
    public const int Capacity = 256;

    private readonly Channel<IncomingQuestion> channel = Channel.CreateBounded<IncomingQuestion>(
        new BoundedChannelOptions(Capacity) { SingleReader = false, SingleWriter = false, FullMode = BoundedChannelFullMode.Wait });

    public bool TryEnqueue(IncomingQuestion question) => channel.Writer.TryWrite(question);

    public IAsyncEnumerable<IncomingQuestion> ReadAllAsync(CancellationToken cancellationToken) => channel.Reader.ReadAllAsync(cancellationToken);
}
