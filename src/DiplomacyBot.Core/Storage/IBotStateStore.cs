namespace DiplomacyBot.Core.Storage;

/// <summary>
/// Small durable values the bot's background work keeps between runs (the last digest per channel, the files a
/// watched folder has ingested), by key.
/// </summary>
public interface IBotStateStore
{
    string? GetState(string key);

    void SetState(string key, string value);

    /// <summary>Every key starting with <paramref name="prefix"/>, with its value.</summary>
    IReadOnlyDictionary<string, string> StateWithPrefix(string prefix);
}
