using DiplomacyBot.Core.Chat;

namespace DiplomacyBot.Chat.Hosting;

/// <summary>What the shared chat plumbing needs of a platform beyond sending replies.</summary>
public interface IChatAdapter : IChatPlatform
{
    /// <summary>"Slack", "Discord": the platform as log lines name it.</summary>
    string Label { get; }

    /// <summary>How many messages <paramref name="reply"/> becomes on this platform.</summary>
    int MessageCount(ChatReply reply);
}
