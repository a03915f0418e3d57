namespace DiplomacyBot.Core.Chat;

/// <summary>The commands that change the store from chat: <c>ingest &lt;url&gt;</c>, <c>feeds ...</c>, <c>reindex</c>.</summary>
public interface IAdminCommands
{
    Task<ChatReply> IngestUrlAsync(string url, CancellationToken cancellationToken);

    /// <summary><c>feeds</c> or <c>feeds list</c>, <c>feeds add URL</c>, <c>feeds remove URL</c>.</summary>
    Task<ChatReply> FeedsAsync(string arguments, CancellationToken cancellationToken);

    Task<ChatReply> ReindexAsync(CancellationToken cancellationToken);
}
