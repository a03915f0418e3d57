using DiplomacyBot.Testing;

namespace DiplomacyBot.Tests;

/// <summary>Every test class that needs PostgreSQL shares the one cluster of the run.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "PostgreSQL";
}
