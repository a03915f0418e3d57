using DiplomacyBot.Core.Feeds;
using DiplomacyBot.Core.Storage;
using LiteDB;

namespace DiplomacyBot.Storage;

/// <summary>Feed subscriptions and their polling state (<c>feeds</c>), and small keyed state (<c>bot_state</c>).</summary>
public sealed partial class LiteDbArticleStore : IFeedStore, IBotStateStore
{
    private const string FeedsCollection = "feeds";
    private const string BotState = "bot_state";

    public IReadOnlyList<FeedSubscription> Feeds()
    {
        lock (_gate)
        {
            try
            {
                return _db.GetCollection(FeedsCollection).FindAll().Select(FeedBson.FromDocument).OrderBy(f => f.AddedAt).ThenBy(f => f.Url, StringComparer.Ordinal).ToList();
            }
            catch (LiteException ex)
            {
                throw LiteDbStorage.Failed(ex);
            }
        }
    }

    public FeedSubscription? Feed(string url)
    {
        lock (_gate)
        {
            try
            {
                return _db.GetCollection(FeedsCollection).FindById(url) is { } doc ? FeedBson.FromDocument(doc) : null;
            }
            catch (LiteException ex)
            {
                throw LiteDbStorage.Failed(ex);
            }
        }
    }

    public bool AddFeed(FeedSubscription feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        lock (_gate)
        {
            try
            {
                var feeds = _db.GetCollection(FeedsCollection);
                if (feeds.FindById(feed.Url) is not null)
                {
                    return false;
                }

                feeds.Insert(FeedBson.ToDocument(feed));
                return true;
            }
            catch (LiteException ex)
            {
                throw LiteDbStorage.Failed(ex);
            }
        }
    }

    public void UpdateFeed(FeedSubscription feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        lock (_gate)
        {
            try
            {
                _db.GetCollection(FeedsCollection).Update(FeedBson.ToDocument(feed));
            }
            catch (LiteException ex)
            {
                throw LiteDbStorage.Failed(ex);
            }
        }
    }

    public bool RemoveFeed(string url)
    {
        lock (_gate)
        {
            try
            {
                return _db.GetCollection(FeedsCollection).Delete(url);
            }
            catch (LiteException ex)
            {
                throw LiteDbStorage.Failed(ex);
            }
        }
    }

    public string? GetState(string key)
    {
        lock (_gate)
        {
            try
            {
                return _db.GetCollection(BotState).FindById(key)?["value"].AsString;
            }
            catch (LiteException ex)
            {
                throw LiteDbStorage.Failed(ex);
            }
        }
    }

    public void SetState(string key, string value)
    {
        lock (_gate)
        {
            try
            {
                _db.GetCollection(BotState).Upsert(new BsonDocument { ["_id"] = key, ["value"] = value });
            }
            catch (LiteException ex)
            {
                throw LiteDbStorage.Failed(ex);
            }
        }
    }

    public IReadOnlyDictionary<string, string> StateWithPrefix(string prefix)
    {
        lock (_gate)
        {
            try
            {
                var state = _db.GetCollection(BotState);
                return (prefix.Length == 0 ? state.FindAll() : state.Find(Query.StartsWith("_id", prefix)))
                    .ToDictionary(d => d["_id"].AsString, d => d["value"].AsString, StringComparer.Ordinal);
            }
            catch (LiteException ex)
            {
                throw LiteDbStorage.Failed(ex);
            }
        }
    }
}
