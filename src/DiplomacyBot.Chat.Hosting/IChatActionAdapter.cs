using DiplomacyBot.Core.Chat;

namespace DiplomacyBot.Chat.Hosting;

/// <summary>A platform's way of carrying out a click on an answer's button: replacing the clicked message, posting in its thread, sharing it.</summary>
public interface IChatActionAdapter
{
    /// <summary>"Slack", "Discord": the platform as log lines name it.</summary>
    string Label { get; }

    /// <summary>Carries out the click's result; returns the ids of the messages a shared answer was posted as in the channel.</summary>
    Task<IReadOnlyList<string>> ApplyAsync(ChatAction action, ChatActionResult result, CancellationToken cancellationToken);
}
