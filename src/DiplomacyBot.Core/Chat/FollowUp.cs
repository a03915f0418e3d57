namespace DiplomacyBot.Core.Chat;

/// <summary>
/// A question as the bot reads it in a thread: <see cref="Question"/> is what it answers; <see cref="Previous"/> the
/// earlier answer it was read with, or null when it stands on its own.
/// </summary>
public sealed record FollowUp(string Question, AnswerRecord? Previous)
{
    public bool IsFollowUp => Previous is not null;
}
