using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Articles;

namespace DiplomacyBot.Testing;

/// <summary>Answers every question with one quote, whose text and attribution a test can make as hostile as it likes.</summary>
public sealed class FakeAnswerer(string quote = "The third round will be held this fall.", string title = "Talks to resume", string outlet = "MENAFN") : IAnswerer
{
    public System.Collections.Concurrent.ConcurrentQueue<string> Questions { get; } = new();

    public System.Collections.Concurrent.ConcurrentQueue<DateOnly?> AsOfs { get; } = new();

    public Task<Answer> AskAsync(string question, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        Questions.Enqueue(question);
        AsOfs.Enqueue(asOf);
        return Task.FromResult(new Answer(
            question,
            $"Answer to: {question}",
            false,
            [new Citation("a1", title, outlet, new DateOnly(2025, 9, 28), DateBasis.ArticleId, quote, 0, quote.Length, "data/articles/a1.txt", 1.0)]));
    }
}
