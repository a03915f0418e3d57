namespace DiplomacyBot.Core.Chat;

/// <summary>What the adapter does about a click.</summary>
public enum ChatActionOutcome
{
    /// <summary>Nothing: the button is not one of an answer the bot knows here.</summary>
    Ignored,

    /// <summary>The clicked message is replaced by <see cref="ChatActionResult.Reply"/> (the answer, with a thank-you).</summary>
    Update,

    /// <summary><see cref="ChatActionResult.Reply"/> is posted in the answer's thread (further sources).</summary>
    Post,

    /// <summary>
    /// <see cref="ChatActionResult.Reply"/> (the answer) is posted in the channel for all to see, and the clicked message,
    /// which only the asker saw, says so.
    /// </summary>
    Share,
}

/// <summary>The outcome of a click, the reply it brings, and the thread it belongs in (null: the clicked message's).</summary>
public sealed record ChatActionResult(ChatActionOutcome Outcome, ChatReply? Reply, string? Thread, string Detail)
{
    /// <summary>Whether a posted reply is for the clicker's eyes only (further sources of an answer only the asker sees).</summary>
    public bool Private { get; init; }

    public const string SharedNote = "Shared in the channel.";

    public static ChatActionResult Ignored(string why) => new(ChatActionOutcome.Ignored, null, null, why);
}
