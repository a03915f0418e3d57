namespace DiplomacyBot.Core.Answering;

/// <summary>Anything that answers a question from the stored articles.</summary>
public interface IAnswerer
{
    /// <summary>
    /// The answer as the articles stood on <paramref name="asOf"/>: articles published after it are ignored, and
    /// relative words in the question ("this week", "last month") are read against it. Null means now.
    /// </summary>
    Answer Ask(string question, DateOnly? asOf);

    Answer Ask(string question) => Ask(question, null);

    /// <summary>The same answer for callers that can wait without blocking a thread (an answerer that calls a model overrides it).</summary>
    Task<Answer> AskAsync(string question, CancellationToken cancellationToken, DateOnly? asOf = null) => Task.FromResult(Ask(question, asOf));
}
