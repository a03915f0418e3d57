using System.Collections.Concurrent;
using DiplomacyBot.Core.Chat;

namespace DiplomacyBot.Feeds.Tests.Support;

/// <summary>A chat platform that records what it is asked to post, for digest tests.</summary>
public sealed class RecordingPlatform(string name = "slack") : IChatPlatform
{
    private readonly ConcurrentQueue<(IncomingQuestion Address, ChatReply Reply)> posts = new();

    public string Name => name;

    public IReadOnlyList<(IncomingQuestion Address, ChatReply Reply)> Posts => posts.ToList();

    public Task ReplyAsync(IncomingQuestion question, ChatReply reply, CancellationToken cancellationToken)
    {
        posts.Enqueue((question, reply));
        return Task.CompletedTask;
    }
}
