using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Storage;
using DiplomacyBot.Storage.Postgres;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Storage.Tests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreContractTests(PostgresCluster cluster) : StoreContract
{
    private string? connectionString;

    protected override StoreSet OpenStore()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        connectionString ??= cluster.NewSchema();
        return PostgresStorage.Open(connectionString);
    }

    protected override bool KeepsChangeLog => true;

    protected override Article Unstorable(Article article) => article with { Id = "broken\0id" };
}
