using DiplomacyBot.Core.Answering;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// A corpus built in a test, searched in memory and answered as of 1 May 2024; every answer's quotes are checked to be
/// verbatim before the test sees it.
/// </summary>
internal sealed class SmallCorpus(MemoryArticleStore store)
{
    private readonly ExtractiveAnswerer _answerer = new(
        store, MemoryPassageIndex.Of(store.All()), new QuestionAnalyzer(), new AnswerOptions(), clock: FixedClock.At(2024, 5, 1));

    public static SmallCorpus Of(params (string Id, string? Published, string Title, string Body)[] articles) =>
        new(MemoryArticleStore.Of(articles));

    public async Task<Answer> AskAsync(string question)
    {
        Answer answer = await _answerer.AskAsync(question);
        Assert.All(answer.Citations, c => Assert.Equal(c.Quote, store.Get(c.ArticleId)!.OriginalText[c.Start..c.End]));
        return answer;
    }
}
