using DiplomacyBot.Core.Chat;

namespace DiplomacyBot.Slack;

/// <summary>Slack's event ids and (channel, ts) pairs seen lately: its retries and the message/app_mention pair of one post yield one answer.</summary>
public sealed class DedupeCache(TimeProvider time, TimeSpan ttl, ISeenEventStore? durable = null) : ChatDedupe(time, ttl, durable);
