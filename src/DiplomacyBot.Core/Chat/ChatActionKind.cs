namespace DiplomacyBot.Core.Chat;

/// <summary>The buttons an answer carries.</summary>
public enum ChatActionKind
{
    Helpful,
    NotHelpful,
    MoreSources,
    Share,
}
