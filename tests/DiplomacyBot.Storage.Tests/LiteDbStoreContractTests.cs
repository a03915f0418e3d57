using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Storage;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Storage.Tests;

public sealed class LiteDbStoreContractTests : StoreContract
{
    private readonly TempFolder temp = new();

    protected override StoreSet OpenStore() => LiteDbStorage.Open(temp.File("store.db"));

    protected override bool KeepsChangeLog => false;

    protected override Article Unstorable(Article article) => article with { Sentences = null! };

    protected override void Dispose(bool disposing) => temp.Dispose();
}
