namespace DiplomacyBot.Core.Chat;

/// <summary>
/// What an answer in a thread was about, for reading the follow-ups to it: the event as a phrase ("the third round"),
/// the question's own content words (<see cref="Topic"/>, as written), and the people and places of the question and
/// of the events in the quoted sentences.
/// </summary>
public sealed record ThreadSubject(string? Event, string Topic, IReadOnlyList<string> People, IReadOnlyList<string> Places)
{
    public static ThreadSubject None { get; } = new(null, string.Empty, [], []);

    /// <summary>What "it" or "that" stands for: the event, else the question's subject words; null when neither is known.</summary>
    public string? Antecedent => Event ?? (Topic.Length > 0 ? Topic : null);
}
