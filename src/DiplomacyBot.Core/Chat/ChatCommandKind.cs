namespace DiplomacyBot.Core.Chat;

/// <summary>What a chat message asks the bot to do.</summary>
public enum ChatCommandKind
{
    Ask,
    Timeline,
    Sources,
    Latest,
    Help,
}
