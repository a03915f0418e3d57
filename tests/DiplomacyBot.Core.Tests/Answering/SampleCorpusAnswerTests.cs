using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// The extractive answerer on the bundled sample corpus, searched in memory: the questions the command-line tests ask
/// through the whole program, answered here by the core alone, with every quote checked against its article's text.
/// </summary>
public sealed class SampleCorpusAnswerTests
{
    private static readonly MemoryArticleStore Store = SampleStore();

    private static readonly ExtractiveAnswerer Answerer = new(
        Store, MemoryPassageIndex.Of(Store.All()), new QuestionAnalyzer(), new AnswerOptions(), clock: FixedClock.At(2026, 11, 22));

    private static MemoryArticleStore SampleStore()
    {
        var store = new MemoryArticleStore();
        store.Save([.. new[] { "000", "001", "002", "003", "004" }.Select(Parsing.Sample)]);
        return store;
    }

    private static async Task<Answer> AskAsync(string question)
    {
        Answer answer = await Answerer.AskAsync(question);
        Assert.All(answer.Citations, c => Assert.Equal(c.Quote, Store.Get(c.ArticleId)!.OriginalText[c.Start..c.End]));
        return answer;
    }

    [Fact]
    public async Task WhenIsTheThirdRound_AnswersAutumn2025_CitingTheSeptemberArticleByItsIdDate()
    {
        Answer answer = await AskAsync("When is the third round?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("autumn 2025", answer.Lead, StringComparison.OrdinalIgnoreCase);
        Citation first = answer.Citations[0];
        Assert.Equal(new DateOnly(2025, 9, 28), first.Published);
        Assert.Equal(DateBasis.ArticleId, first.DateBasis);
        Assert.Contains("third", first.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatWasAgreedOnBanking_CitesTheSecondIstanbulRoundArticle()
    {
        Answer answer = await AskAsync("What was agreed on banking?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.All(answer.Citations.Take(2), c => Assert.StartsWith("003_", c.ArticleId, StringComparison.Ordinal));
        string quotes = string.Join(" ", answer.Citations.Select(c => c.Quote));
        Assert.Contains("unimpeded banking and financial services", quotes, StringComparison.Ordinal);
        Assert.Contains("exchanged diplomatic notes", quotes, StringComparison.Ordinal);
        Assert.Contains("unimpeded banking", answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How long did the second round last?", "Approximately five hours (5 hours)")]
    [InlineData("How many diplomatic properties should be returned to Russia?", "Six diplomatic properties")]
    public async Task TheLead_StatesTheFactAskedFor(string question, string leadStart)
    {
        Answer answer = await AskAsync(question);

        Assert.StartsWith(leadStart, answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What is the price of coffee in Brazil?")]
    [InlineData("Who won the football world cup final?")]
    [InlineData("How do I bake sourdough bread?")]
    public async Task AnUnrelatedQuestion_IsAbstainedOn_SayingTheArticlesDoNotCoverIt(string question)
    {
        Answer answer = await AskAsync(question);

        Assert.True(answer.Abstained, answer.Lead);
        Assert.Matches("don't say|never mention", answer.Lead);
    }
}
