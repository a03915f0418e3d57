using DiplomacyBot.Core.Feeds;
using DiplomacyBot.Core.Storage;
using LiteDB;

namespace DiplomacyBot.Storage;

/// <summary>Feed subscriptions and their polling state (<c>feeds</c>), and small keyed state (<c>bot_state</c>).</summary>
public sealed partial class LiteDbArticleStore : IFeedStore, IBotStateStore
{
    private const string FeedsCollection = "feeds";
    private const string BotState = "bot_state";

    public IReadOnlyList<FeedSubscription> Feeds() => _gate.Locked(() =>
        _db.GetCollection(FeedsCollection).FindAll().Select(FeedBson.FromDocument).OrderBy(f => f.AddedAt).ThenBy(f => f.Url, StringComparer.Ordinal).ToList());

    public FeedSubscription? Feed(string url) => _gate.Locked(() =>
        _db.GetCollection(FeedsCollection).FindById(url) is { } doc ? FeedBson.FromDocument(doc) : null);

    public bool AddFeed(FeedSubscription feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        return _gate.Locked(() =>
        {
            var feeds = _db.GetCollection(FeedsCollection);
            if (feeds.FindById(feed.Url) is not null)
            {
                return false;
            }

            feeds.Insert(FeedBson.ToDocument(feed));
            return true;
        });
    }

    public void UpdateFeed(FeedSubscription feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        _gate.Locked(() => _db.GetCollection(FeedsCollection).Update(FeedBson.ToDocument(feed)));
    }

    public bool RemoveFeed(string url) => _gate.Locked(() => _db.GetCollection(FeedsCollection).Delete(url));

    public string? GetState(string key) => _gate.Locked(() => _db.GetCollection(BotState).FindById(key)?["value"].AsString);

    public void SetState(string key, string value) =>
        _gate.Locked(() => _db.GetCollection(BotState).Upsert(new BsonDocument { ["_id"] = key, ["value"] = value }));

    public IReadOnlyDictionary<string, string> StateWithPrefix(string prefix) => _gate.Locked(() =>
    {
        var state = _db.GetCollection(BotState);
        return (prefix.Length == 0 ? state.FindAll() : state.Find(Query.StartsWith("_id", prefix)))
            .ToDictionary(d => d["_id"].AsString, d => d["value"].AsString, StringComparer.Ordinal);
    });
}
