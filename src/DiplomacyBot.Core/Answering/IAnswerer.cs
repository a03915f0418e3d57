namespace DiplomacyBot.Core.Answering;

/// <summary>Anything that answers a question from the stored articles.</summary>
public interface IAnswerer
{
    /// <summary>
    /// The answer as the articles stood on <paramref name="asOf"/>: articles published after it are ignored, and
    /// relative words in the question ("this week", "last month") are read against it. Null means now. Whatever the
    /// answer waits on (a model, a remote embedding) is awaited, never waited for on the calling thread.
    /// </summary>
    Task<Answer> AskAsync(string question, DateOnly? asOf = null, CancellationToken cancellationToken = default);
}
