using DiplomacyBot.Core.Answering;
using DiplomacyBot.Llm.Tests.Support;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Llm.Tests;

public sealed class LlmAnswererTests
{
    private const string Question = "Where did the second round of talks open?";

    [Fact]
    public async Task Ask_SendsTheQuestionAndEachPassageWithItsIdTitleOutletAndDate()
    {
        await using var bed = await LlmTestBed.StartAsync();
        IAnswerer answerer = bed.Connect().Answerer;

        await answerer.AskAsync(Question);

        ChatCall call = Assert.Single(bed.Server.ChatCalls);
        Assert.Equal("fake-chat", call.Model);
        Assert.Contains(Question, call.User, StringComparison.Ordinal);
        Assert.Contains("cite the passage ids", call.System, StringComparison.Ordinal);
        string id = SentPrompts.PassageIdOf(call.User, TestCorpus.GenevaOpened);
        Assert.Contains($"[{id}] article: {TestCorpus.GenevaId} | title: Envoys open second round of talks in Geneva | outlet: Example Wire | published: 2025-03-10", call.User, StringComparison.Ordinal);
        Assert.Equal($"Bearer {LlmTestBed.ApiKey}", call.Authorization);
    }

    [Fact]
    public async Task Ask_WhenTheModelCitesARealQuote_ShowsItsAnswerWithTheVerbatimQuoteAndTheStoredTitleAndDate()
    {
        await using var bed = await LlmTestBed.StartAsync();
        bed.Server.OnChat = call =>
        {
            string id = SentPrompts.PassageIdOf(call.User, TestCorpus.GenevaOpened);
            return ChatScript.Json(new
            {
                answer = $"The second round opened in Geneva on Monday, 10 March 2025 [{id}].",
                quotes = new[] { new { passage = id, quote = "\u201CThe second round of talks between the two  delegations opened in Geneva on Monday.\u201D" } },
            });
        };

        Answer answer = await bed.Connect().Answerer.AskAsync(Question);

        Assert.False(answer.Abstained);
        Assert.Equal("The second round opened in Geneva on Monday, 10 March 2025.", answer.Lead);
        Citation citation = Assert.Single(answer.Citations);
        Assert.Equal(TestCorpus.GenevaId, citation.ArticleId);
        Assert.StartsWith("The second round of talks between the two delegations opened in Geneva on Monday", citation.Quote, StringComparison.Ordinal);
        Assert.Equal("Envoys open second round of talks in Geneva", citation.Title);
        Assert.Equal("Example Wire", citation.Outlet);
        Assert.Equal(new DateOnly(2025, 3, 10), citation.Published);
        Assert.True(QuoteVerifier.IsVerbatim(bed.Store.Get(citation.ArticleId)!, citation));
        Assert.Contains(bed.Logs.At(LogLevel.Information), l => l.Contains("Model answer shown: 1 quotes verified", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ask_RemovesAHallucinatedQuote_AndReplacesAParaphraseWithTheVerbatimSentence()
    {
        await using var bed = await LlmTestBed.StartAsync();
        bed.Server.OnChat = call =>
        {
            string id = SentPrompts.PassageIdOf(call.User, TestCorpus.GenevaOpened);
            return ChatScript.Json(new
            {
                answer = $"The second round opened in Geneva and covered prisoner exchanges [{id}].",
                quotes = new[]
                {
                    new { passage = id, quote = "The delegations signed a peace treaty in Geneva on Monday." },
                    new { passage = id, quote = "Officials said the talks focused on prisoner exchanges and maritime security." },
                },
            });
        };

        Answer answer = await bed.Connect().Answerer.AskAsync(Question);

        Assert.False(answer.Abstained);
        Assert.DoesNotContain(answer.Citations, c => c.Quote.Contains("peace treaty", StringComparison.Ordinal));
        Citation citation = Assert.Single(answer.Citations);
        Assert.Equal(TestCorpus.GenevaFocus, citation.Quote);
        Assert.True(QuoteVerifier.IsVerbatim(bed.Store.Get(citation.ArticleId)!, citation));
        Assert.Contains(bed.Logs.At(LogLevel.Information), l => l.Contains("1 replaced by the verbatim sentence they paraphrase, 1 removed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ask_WhenEveryQuoteIsInvented_StillShowsOnlyWordsFromTheCitedPassage()
    {
        await using var bed = await LlmTestBed.StartAsync();
        bed.Server.OnChat = call =>
        {
            string id = SentPrompts.PassageIdOf(call.User, TestCorpus.GenevaOpened);
            return ChatScript.Json(new { answer = $"The round opened in Geneva [{id}].", quotes = new[] { new { passage = id, quote = "Geneva hosted a glittering gala for the envoys." } } });
        };

        Answer answer = await bed.Connect().Answerer.AskAsync(Question);

        Assert.NotEmpty(answer.Citations);
        Assert.All(answer.Citations, c =>
        {
            Assert.DoesNotContain("gala", c.Quote, StringComparison.Ordinal);
            Assert.True(QuoteVerifier.IsVerbatim(bed.Store.Get(c.ArticleId)!, c));
        });
    }

    public static TheoryData<string, ChatScript> Failures => new()
    {
        { "HTTP 500", ChatScript.Error(500) },
        { "not JSON", ChatScript.Garbage("<html>upstream exploded</html>") },
        { "prose instead of JSON", ChatScript.Reply("I believe the talks were in Geneva.") },
        { "refusal", ChatScript.Json(new { answer = (string?)null, quotes = Array.Empty<object>() }) },
        { "unknown passage", ChatScript.Json(new { answer = "They met in Geneva [P99].", quotes = Array.Empty<object>() }) },
        { "invented year", ChatScript.Json(new { answer = "They met in Geneva in 2019 [P1].", quotes = new[] { new { passage = "P1", quote = "anything" } } }) },
        { "invented quotation", ChatScript.Json(new { answer = "Officials called it \"a historic breakthrough for peace\" [P1].", quotes = Array.Empty<object>() }) },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Ask_WhenTheModelFailsOrCannotBeTrusted_ReturnsTheExtractiveAnswerAndLogsWhy(string failure, ChatScript script)
    {
        await using var bed = await LlmTestBed.StartAsync();
        bed.Server.OnChat = _ => script;
        Answer expected = await bed.Extractive.AskAsync(Question);

        Answer answer = await bed.Connect().Answerer.AskAsync(Question);

        Assert.Equal(expected.Lead, answer.Lead);
        Assert.Equal(expected.Citations, answer.Citations);
        Assert.Contains(bed.Logs.Lines, e => e.Level == LogLevel.Warning && e.Text.Contains("Model answer not used", StringComparison.Ordinal));
        Assert.DoesNotContain(failure, answer.Lead, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Ask_WhenTheServiceKeepsFailing_RetriesTransientErrorsThenFallsBack()
    {
        await using var bed = await LlmTestBed.StartAsync();
        bed.Server.OnChat = _ => ChatScript.Error(503);

        Answer answer = await bed.Connect(o => o.MaxRetries = 2).Answerer.AskAsync(Question);

        Assert.Equal((await bed.Extractive.AskAsync(Question)).Lead, answer.Lead);
        Assert.Equal(3, bed.Server.ChatCalls.Count);
        Assert.Contains(bed.Logs.At(LogLevel.Warning), l => l.Contains("HTTP 503", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ask_WhenAFailureIsFollowedBySuccess_TheRetryAnswers()
    {
        await using var bed = await LlmTestBed.StartAsync();
        bed.Server.OnChat = call => call.Number == 1
            ? ChatScript.Error(500)
            : ChatScript.Json(new { answer = $"Geneva [{SentPrompts.PassageIdOf(call.User, TestCorpus.GenevaOpened)}].", quotes = Array.Empty<object>() });

        Answer answer = await bed.Connect().Answerer.AskAsync(Question);

        Assert.Equal("Geneva.", answer.Lead);
        Assert.Equal(2, bed.Server.ChatCalls.Count);
        Assert.All(answer.Citations, c => Assert.True(QuoteVerifier.IsVerbatim(bed.Store.Get(c.ArticleId)!, c)));
    }

    [Fact]
    public async Task Ask_WhenTheModelDoesNotReplyInTime_ReturnsTheExtractiveAnswer()
    {
        await using var bed = await LlmTestBed.StartAsync();
        bed.Server.OnChat = _ => ChatScript.NoReply;
        Answer expected = await bed.Extractive.AskAsync(Question);

        Answer answer = await bed.Connect(o => o.TimeoutSeconds = 1.5).Answerer.AskAsync(Question);

        Assert.Equal(expected.Lead, answer.Lead);
        Assert.Contains(bed.Logs.At(LogLevel.Warning), l => l.Contains("no reply within 1.5 s", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Logs_NeverHoldTheApiKey_AndHoldFullPromptsOnlyAtDebug()
    {
        await using var bed = await LlmTestBed.StartAsync();
        bed.Server.OnChat = call => call.Number == 1 ? ChatScript.Error(500) : ChatScript.Json(new { answer = "Geneva [P1].", quotes = Array.Empty<object>() });
        IAnswerer answerer = bed.Connect(o => o.RewriteQueries = true).Answerer;

        await answerer.AskAsync(Question);
        await answerer.AskAsync("What did the first meeting pledge?");

        Assert.NotEmpty(bed.Logs.Lines);
        Assert.DoesNotContain(bed.Logs.Lines, e => e.Text.Contains(LlmTestBed.ApiKey, StringComparison.Ordinal) || e.Text.Contains("SECRET", StringComparison.Ordinal));
        Assert.DoesNotContain(bed.Logs.At(LogLevel.Information), l => l.Contains(TestCorpus.GenevaFocus, StringComparison.Ordinal) || l.Contains("Passages:", StringComparison.Ordinal));
        Assert.Contains(bed.Logs.Lines, e => e.Level == LogLevel.Debug && e.Text.Contains("Passages:", StringComparison.Ordinal) && e.Text.Contains(TestCorpus.GenevaFocus, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ask_WithQueryRewriting_SearchesWithTheModelsTermsToo()
    {
        await using var bed = await LlmTestBed.StartAsync();
        const string question = "Which sector comes next?";
        bed.Server.OnChat = call => SentPrompts.IsRewrite(call)
            ? ChatScript.Reply("aviation, autumn")
            : ChatScript.Json(new { answer = $"Aviation [{SentPrompts.PassageIdOf(call.User, "Further talks on aviation")}].", quotes = Array.Empty<object>() });

        LlmServices services = bed.Connect(o => o.RewriteQueries = true);
        var aviation = new Core.Search.SentenceKey(TestCorpus.BankingId, 2);
        Assert.DoesNotContain(aviation, await services.Retriever.RankAsync(question, null, [], CancellationToken.None));
        Assert.Contains(aviation, await services.Retriever.RankAsync(question, "aviation autumn", [], CancellationToken.None));

        Answer answer = await services.Answerer.AskAsync(question);

        Assert.Equal(2, bed.Server.ChatCalls.Count);
        Assert.True(SentPrompts.IsRewrite(bed.Server.ChatCalls[0]));
        Assert.Equal(question, bed.Server.ChatCalls[0].User);
        Assert.Equal("Aviation.", answer.Lead);
        Assert.Contains(answer.Citations, c => c.ArticleId == TestCorpus.BankingId);
    }

    [Fact]
    public async Task Ask_WhenQueryRewritingFails_AnswersWithoutItAndSaysNothingAboveDebug()
    {
        await using var bed = await LlmTestBed.StartAsync();
        bed.Server.OnChat = call => SentPrompts.IsRewrite(call)
            ? ChatScript.Garbage("not json at all")
            : ChatScript.Json(new { answer = $"Geneva [{SentPrompts.PassageIdOf(call.User, TestCorpus.GenevaOpened)}].", quotes = Array.Empty<object>() });

        Answer answer = await bed.Connect(o => { o.RewriteQueries = true; o.MaxRetries = 0; }).Answerer.AskAsync(Question);

        Assert.Equal("Geneva.", answer.Lead);
        Assert.DoesNotContain(bed.Logs.Lines, e => e.Level >= LogLevel.Warning);
        Assert.Contains(bed.Logs.Lines, e => e.Level == LogLevel.Debug && e.Text.StartsWith("Query rewriting skipped", StringComparison.Ordinal));
    }
}
