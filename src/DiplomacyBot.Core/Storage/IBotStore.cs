using DiplomacyBot.Core.Chat;
using DiplomacyBot.Core.Duplicates;
using DiplomacyBot.Core.Feeds;

namespace DiplomacyBot.Core.Storage;

/// <summary>
/// The whole system of record as a store provider offers it (one LiteDB file, or a PostgreSQL database that several
/// bot replicas share): articles, near-duplicate links, feeds, bot state, seen chat events, leases, and the conversations in chat (answers and their ratings).
/// </summary>
public interface IBotStore : IArticleStore, INearDuplicateStore, IFeedStore, IBotStateStore, ISeenEventStore, ILeaseStore, IConversationStore
{
    /// <summary>Where the store is, for messages: a file path, or a database and its host (never a password).</summary>
    string Location { get; }

    /// <summary>Null when the store answers now; otherwise why not (a lost database connection).</summary>
    string? Unavailable() => null;
}
