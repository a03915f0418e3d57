namespace DiplomacyBot.Core.Chat;

/// <summary>
/// Durable memory of chat events already handled (event ids, channel + message ts), so that a platform's retries
/// yield one answer even across a restart of the bot, and, with a store several replicas share, from one replica only:
/// remembering the keys is a claim that exactly one of them wins.
/// </summary>
public interface ISeenEventStore
{
    /// <summary>
    /// Records the keys until <paramref name="expires"/>; returns true when none of them was already recorded and
    /// unexpired at <paramref name="now"/> (the first time the event is seen).
    /// </summary>
    bool Remember(IReadOnlyList<string> keys, DateTimeOffset now, DateTimeOffset expires);
}
