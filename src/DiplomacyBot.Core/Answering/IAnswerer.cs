namespace DiplomacyBot.Core.Answering;

/// <summary>Anything that answers a question from the stored articles.</summary>
public interface IAnswerer
{
    Answer Ask(string question);

    /// <summary>The same answer for callers that can wait without blocking a thread (an answerer that calls a model overrides it).</summary>
    Task<Answer> AskAsync(string question, CancellationToken cancellationToken) => Task.FromResult(Ask(question));
}
