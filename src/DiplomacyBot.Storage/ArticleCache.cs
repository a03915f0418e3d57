using DiplomacyBot.Core.Articles;

namespace DiplomacyBot.Storage;

/// <summary>
/// The most recently read articles, already decoded, so the sentences a question keeps finding are not decoded again
/// for every question. Bounded by the memory the articles take (estimated from their text, sentences and events:
/// articles range from a wire brief to a long web page); the least recently used article leaves first. Not
/// thread-safe: the store calls it under its own lock.
/// </summary>
internal sealed class ArticleCache(long capacityBytes)
{
    private readonly Dictionary<string, LinkedListNode<(Article Article, long Bytes)>> _byId = new(StringComparer.Ordinal);
    private readonly LinkedList<(Article Article, long Bytes)> _recent = new();
    private long _bytes;

    public bool Enabled => capacityBytes > 0;

    public long Bytes => _bytes;

    public bool TryGet(string id, out Article? article)
    {
        if (_byId.TryGetValue(id, out var node))
        {
            _recent.Remove(node);
            _recent.AddFirst(node);
            article = node.Value.Article;
            return true;
        }

        article = null;
        return false;
    }

    public void Add(Article article)
    {
        if (capacityBytes <= 0)
        {
            return;
        }

        Remove(article.Id);
        long bytes = SizeOf(article);
        _byId[article.Id] = _recent.AddFirst((article, bytes));
        _bytes += bytes;
        while (_bytes > capacityBytes && _recent.Last is { } oldest && oldest != _recent.First)
        {
            _recent.RemoveLast();
            _byId.Remove(oldest.Value.Article.Id);
            _bytes -= oldest.Value.Bytes;
        }
    }

    public void Remove(string id)
    {
        if (_byId.Remove(id, out var node))
        {
            _recent.Remove(node);
            _bytes -= node.Value.Bytes;
        }
    }

    public int Count => _byId.Count;

    /// <summary>
    /// An estimate of the memory a decoded article holds: its strings (two bytes a character), and an allowance for
    /// each sentence, temporal expression and event and for the article itself.
    /// </summary>
    public static long SizeOf(Article article) =>
        1024
        + (2L * ((article.OriginalText?.Length ?? 0) + (article.Title?.Length ?? 0) + (article.Source?.Length ?? 0)))
        + article.Sentences.Sum(s => 96L + (s.Times.Count * 160L))
        + (article.Events.Count * 320L);
}
