namespace DiplomacyBot.Core.Chat;

/// <summary>When the bot speaks in a channel: only when mentioned (the default), or to every message that reads as a question.</summary>
public enum ChannelMode
{
    Mention,
    Auto,
}
