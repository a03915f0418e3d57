namespace DiplomacyBot.Core.Chat;

/// <summary>What a chat message asks the bot to do.</summary>
public enum ChatCommandKind
{
    Ask,
    Timeline,
    Sources,
    Latest,
    Help,

    /// <summary><c>ingest &lt;url&gt;</c>: an admin command.</summary>
    Ingest,

    /// <summary><c>feeds [list | add URL | remove URL]</c>: an admin command.</summary>
    Feeds,

    /// <summary><c>reindex</c>: an admin command.</summary>
    Reindex,
}
