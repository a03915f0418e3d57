using DiplomacyBot.Core.Articles;

namespace DiplomacyBot.Storage;

/// <summary>
/// The most recently read articles, already decoded, so the sentences a question keeps finding are not decoded again
/// for every question. Bounded by count; the least recently used article leaves first. Not thread-safe: the store
/// calls it under its own lock.
/// </summary>
internal sealed class ArticleCache(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<Article>> _byId = new(StringComparer.Ordinal);
    private readonly LinkedList<Article> _recent = new();

    public bool Enabled => capacity > 0;

    public bool TryGet(string id, out Article? article)
    {
        if (_byId.TryGetValue(id, out LinkedListNode<Article>? node))
        {
            _recent.Remove(node);
            _recent.AddFirst(node);
            article = node.Value;
            return true;
        }

        article = null;
        return false;
    }

    public void Add(Article article)
    {
        if (capacity <= 0)
        {
            return;
        }

        Remove(article.Id);
        _byId[article.Id] = _recent.AddFirst(article);
        if (_byId.Count > capacity && _recent.Last is { } oldest)
        {
            _recent.RemoveLast();
            _byId.Remove(oldest.Value.Id);
        }
    }

    public void Remove(string id)
    {
        if (_byId.Remove(id, out LinkedListNode<Article>? node))
        {
            _recent.Remove(node);
        }
    }

    public int Count => _byId.Count;
}
