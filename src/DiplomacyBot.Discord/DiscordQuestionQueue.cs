using DiplomacyBot.Core.Chat;

namespace DiplomacyBot.Discord;

/// <summary>Discord questions accepted and acknowledged or deferred, waiting to be answered.</summary>
public sealed class DiscordQuestionQueue : ChatQuestionQueue;
