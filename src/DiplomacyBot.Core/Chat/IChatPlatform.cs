namespace DiplomacyBot.Core.Chat;

/// <summary>A chat platform's outgoing side: renders a reply in its own format and sends it where the question was asked.</summary>
public interface IChatPlatform
{
    /// <summary>"slack", "discord": the value of <see cref="IncomingQuestion.Platform"/> this platform answers.</summary>
    string Name { get; }

    Task ReplyAsync(IncomingQuestion question, ChatReply reply, CancellationToken cancellationToken);
}
