using DiplomacyBot.Core.Feeds;
using DiplomacyBot.Core.Storage;
using Npgsql;
using NpgsqlTypes;

namespace DiplomacyBot.Storage.Postgres;

/// <summary>Feed subscriptions with their polling state as JSON (<c>feeds</c>), and small keyed state (<c>bot_state</c>).</summary>
public sealed partial class PostgresStore : IFeedStore, IBotStateStore
{
    public IReadOnlyList<FeedSubscription> Feeds() =>
        _db.Query("SELECT state::text FROM feeds ORDER BY added_at, url COLLATE \"C\"", r => StoredJson.Feed(r.GetString(0)));

    public FeedSubscription? Feed(string url) =>
        _db.Query("SELECT state::text FROM feeds WHERE url = @url", r => StoredJson.Feed(r.GetString(0)), new NpgsqlParameter("url", url)).FirstOrDefault();

    public bool AddFeed(FeedSubscription feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        return _db.Execute("INSERT INTO feeds (url, added_at, state) VALUES (@url, @added, @state) ON CONFLICT (url) DO NOTHING", FeedParameters(feed)) == 1;
    }

    public void UpdateFeed(FeedSubscription feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        _db.Execute("UPDATE feeds SET added_at = @added, state = @state WHERE url = @url", FeedParameters(feed));
    }

    public bool RemoveFeed(string url) => _db.Execute("DELETE FROM feeds WHERE url = @url", new NpgsqlParameter("url", url)) == 1;

    public string? GetState(string key) =>
        _db.Query("SELECT value FROM bot_state WHERE key = @key", r => r.GetString(0), new NpgsqlParameter("key", key)).FirstOrDefault();

    public void SetState(string key, string value) =>
        _db.Execute(
            "INSERT INTO bot_state (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            new NpgsqlParameter("key", key), new NpgsqlParameter("value", value));

    public IReadOnlyDictionary<string, string> StateWithPrefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return _db.Query(
                "SELECT key, value FROM bot_state WHERE left(key, length(@prefix)) = @prefix",
                r => KeyValuePair.Create(r.GetString(0), r.GetString(1)),
                new NpgsqlParameter("prefix", prefix))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }

    private static NpgsqlParameter[] FeedParameters(FeedSubscription feed) =>
    [
        new("url", feed.Url),
        new("added", feed.AddedAt.ToUniversalTime()),
        new("state", NpgsqlDbType.Jsonb) { Value = StoredJson.Feed(feed) },
    ];
}
