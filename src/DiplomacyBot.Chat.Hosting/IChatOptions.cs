namespace DiplomacyBot.Chat.Hosting;

/// <summary>A chat adapter's configuration section: the adapter runs, and its keys are checked, only when it is enabled.</summary>
public interface IChatOptions
{
    bool Enabled { get; }
}
