namespace DiplomacyBot.Core.Chat;

/// <summary>
/// An answer the bot gave in chat, kept so that the thread's follow-ups, the feedback buttons and "More sources" can
/// refer to it. <see cref="Id"/> is what the buttons carry. <see cref="Thread"/> is the platform's thread (a Slack
/// thread_ts, the Discord message that opened the exchange), null for an answer outside any thread (a slash command);
/// <see cref="QuestionMessage"/> is the message that asked. The context serves follow-ups until <see cref="Expires"/>.
/// </summary>
public sealed record AnswerRecord
{
    public required string Id { get; init; }

    public required string Platform { get; init; }

    public required string Channel { get; init; }

    public string? Thread { get; init; }

    public string? QuestionMessage { get; init; }

    public required string User { get; init; }

    /// <summary>The question as answered: a follow-up is stored as it was read, with the thread's subject filled in.</summary>
    public required string Question { get; init; }

    /// <summary>The words the user wrote, when the question was read as a follow-up (null otherwise).</summary>
    public string? AskedAs { get; init; }

    public required string Lead { get; init; }

    /// <summary>The articles the shown quotes come from, in order, each once.</summary>
    public IReadOnlyList<string> CitedArticleIds { get; init; } = [];

    /// <summary>The quotes the answer showed.</summary>
    public IReadOnlyList<ChatQuote> Quotes { get; init; } = [];

    /// <summary>Further quotes for "More sources", in the order they are shown.</summary>
    public IReadOnlyList<ChatQuote> More { get; init; } = [];

    public ThreadSubject Subject { get; init; } = ThreadSubject.None;

    /// <summary>
    /// The ids of the messages the bot posted with the answer, where the platform gives them: a thread a user starts
    /// from one of them (on Discord the thread's id is that message's) continues this answer.
    /// </summary>
    public IReadOnlyList<string> PostedMessages { get; init; } = [];

    /// <summary>Whether only the asker saw the answer (until shared).</summary>
    public bool Ephemeral { get; init; }

    public required DateTimeOffset AnsweredAt { get; init; }

    public required DateTimeOffset Expires { get; init; }
}
