using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Storage;

namespace DiplomacyBot.Testing;

/// <summary>An article store held in memory, for answering tests on small corpora built in the test.</summary>
public sealed class MemoryArticleStore : IArticleStore
{
    private readonly Dictionary<string, Article> _articles = new(StringComparer.Ordinal);

    public long Generation { get; private set; }

    public int Count => _articles.Count;

    /// <summary>Parses and stores articles given as (id, published day or null, title, body).</summary>
    public static MemoryArticleStore Of(params (string Id, string? Published, string Title, string Body)[] articles)
    {
        var store = new MemoryArticleStore();
        store.Save(articles.Select(a => Parsing.Parser.Parse(new Core.Ingestion.RawArticle
        {
            Source = a.Id + ".txt",
            Id = a.Id,
            Title = a.Title,
            Text = a.Body,
            Published = a.Published is { } day ? DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture) : null,
        })).ToList());
        return store;
    }

    public Article? Get(string id) => _articles.GetValueOrDefault(id);

    public IEnumerable<Article> All() => _articles.Values.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();

    public IReadOnlyDictionary<string, string> ContentHashes() => _articles.Values.ToDictionary(a => a.Id, a => a.ContentHash, StringComparer.Ordinal);

    public long Save(IReadOnlyList<Article> articles)
    {
        foreach (Article article in articles)
        {
            _articles[article.Id] = article;
        }

        return ++Generation;
    }

    public void Dispose()
    {
    }
}
