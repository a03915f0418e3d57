using DiplomacyBot.Core.Chat;

namespace DiplomacyBot.Chat.Hosting;

/// <summary>What the shared chat plumbing needs of a platform beyond sending replies.</summary>
public interface IChatAdapter : IChatPlatform
{
    /// <summary>"Slack", "Discord": the platform as log lines name it.</summary>
    string Label { get; }

    /// <summary>Sends the reply like <see cref="IChatPlatform.ReplyAsync"/>; returns the ids of the messages posted, where the platform gives them.</summary>
    Task<IReadOnlyList<string>> PostAsync(IncomingQuestion question, ChatReply reply, CancellationToken cancellationToken);

    /// <summary>How many messages <paramref name="reply"/> becomes on this platform.</summary>
    int MessageCount(ChatReply reply);
}
