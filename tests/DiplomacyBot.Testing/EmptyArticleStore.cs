using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Storage;

namespace DiplomacyBot.Testing;

/// <summary>A store with nothing in it, for tests whose answers come from <see cref="FakeAnswerer"/>.</summary>
public sealed class EmptyArticleStore : IArticleStore
{
    public long Generation => 0;

    public int Count => 0;

    public Article? Get(string id) => null;

    public IEnumerable<Article> All() => [];

    public IReadOnlyDictionary<string, string> ContentHashes() => new Dictionary<string, string>();

    public long Save(IReadOnlyList<Article> articles) => throw new NotSupportedException();

    public void Dispose()
    {
    }
}
