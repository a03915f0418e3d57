using DiplomacyBot.Core.Chat;

namespace DiplomacyBot.Discord;

/// <summary>Discord's message and interaction ids seen lately: a resume that replays what was handled, or a retried interaction, yields one answer.</summary>
public sealed class DiscordDedupe(TimeProvider time, TimeSpan ttl, ISeenEventStore? durable = null) : ChatDedupe(time, ttl, durable);
