using System.Diagnostics;
using System.Text.Json;
using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Search;
using DiplomacyBot.Hosting;
using DiplomacyBot.Storage;
using DiplomacyBot.Testing;
using Microsoft.Extensions.Configuration;

namespace DiplomacyBot.Tests;

/// <summary>
/// Retrieval by meaning as the program runs it: local embeddings on by default, the embedding stage of ingest and
/// <c>embed</c>, and <c>Embeddings:Provider=none</c> answering exactly as the bot did before vectors existed.
/// </summary>
public sealed class SemanticRetrievalTests : IDisposable
{
    private readonly TempFolder _temp = new();

    /// <summary>What the default model's vectors are stored under.</summary>
    private static readonly string Stored = Passages.Key("local:snowflake-arctic-embed-xs-int8");

    private Task<BotContext> OpenAsync(string provider) => BotContext.OpenAsync(
        BotConfiguration.Build(new Dictionary<string, string?>
        {
            ["Storage:Path"] = _temp.File($"{provider}.db"),
            ["Corpus:DefaultPath"] = SampleCorpus.Folder,
            ["Embeddings:Provider"] = provider,
        }),
        TextWriter.Null,
        seed: true);

    [Fact]
    public async Task ProviderNone_AnswersEveryQuestionExactlyAsBm25AloneDid()
    {
        // Answers recorded from the BM25-only bot, before sentence vectors existed, for the sample development
        // questions and paraphrased ones (many of which BM25 alone abstains on).
        string golden = Path.Combine(AppContext.BaseDirectory, "Golden", "bm25-sample-answers.jsonl");
        using BotContext bot = await OpenAsync("none");
        Assert.Null(bot.Semantic);
        int checkedAnswers = 0;
        foreach (string line in File.ReadLines(golden).Where(l => l.Length > 0))
        {
            using var expected = JsonDocument.Parse(line);
            JsonElement e = expected.RootElement;
            Answer answer = await bot.Answerer.AskAsync(e.GetProperty("question").GetString()!);

            Assert.Equal(e.GetProperty("answer").GetString(), answer.Lead);
            Assert.Equal(e.GetProperty("abstained").GetBoolean(), answer.Abstained);
            Assert.Equal(
                e.GetProperty("citations").EnumerateArray().Select(c => (c[0].GetString(), c[1].GetInt32(), c[2].GetInt32())).ToList(),
                answer.Citations.Select(c => ((string?)c.ArticleId, c.Start, c.End)).ToList());
            checkedAnswers++;
        }

        Assert.True(checkedAnswers >= 90, $"only {checkedAnswers} golden answers");
    }

    [Fact]
    public async Task ByDefault_SentencesAreEmbeddedLocally_AndAParaphraseIsAnsweredFromTheSentenceThatMeansIt()
    {
        using BotContext bot = await OpenAsync("local");
        Assert.NotNull(bot.Semantic);
        int sentences = bot.Store.All().Sum(a => a.Sentences.Count);
        Assert.Equal(sentences, bot.EmbeddingStore.Count(bot.Semantic!.Model));
        Assert.Equal(sentences, bot.VectorIndex!.Count);

        // BM25 prefers "a bridge to further negotiations ... between the two powers"; in meaning, the nearest sentence
        // is "both sides are maintaining communication through phone and video conferences".
        const string question = "how are the two sides communicating in between the talks?";
        Answer answer = await bot.Answerer.AskAsync(question);
        Answer lexical = await bot.LexicalAnswerer().AskAsync(question);

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("video conferences", answer.Citations[0].Quote, StringComparison.Ordinal);
        Assert.DoesNotContain(lexical.Citations.Take(1), c => c.Quote.Contains("video conferences", StringComparison.Ordinal));
        RankingExplanation explained = await bot.Extractive.ExplainAsync(question, 5);
        RankedPassage top = explained.Passages[0];
        Assert.Equal(bot.Semantic.Model, explained.Model);
        Assert.InRange(top.Signals.VectorRank, 1, 5);
        Assert.True(top.Signals.Bm25Rank > 1, $"BM25 rank {top.Signals.Bm25Rank}");
        Assert.InRange(top.Signals.Similarity!.Value, 0.5, 1.0);
    }

    [Fact]
    public async Task AQuestionTheArticlesCannotAnswer_IsStillAbstainedOn()
    {
        using BotContext bot = await OpenAsync("local");

        Answer answer = await bot.Answerer.AskAsync("what is a good recipe for sourdough bread?");

        Assert.True(answer.Abstained, answer.Lead);
    }

    [Fact]
    public async Task IngestNoEmbed_LeavesVectorsForLater_EmbedResumes_AndExplainShowsBothRankings()
    {
        string db = _temp.File("cli.db");
        BotRun ingest = await BotProcess.RunAsync(_temp.Path, ["ingest", SampleCorpus.Folder, "--no-embed", "--db", db]);
        Assert.Equal(0, ingest.ExitCode);
        Assert.DoesNotContain("embedded", ingest.StdOut, StringComparison.Ordinal);
        using (var store = new LiteDbArticleStore(db))
        {
            Assert.Equal(0, new LiteDbEmbeddingStore(store).Count(Stored));
        }

        BotRun embed = await BotProcess.RunAsync(_temp.Path, ["embed", "--db", db]);
        Assert.Equal(0, embed.ExitCode);
        Assert.Matches(@"^[\d,]+ sentences? embedded in [\d,]+ batch(?:es)? with local:snowflake-arctic-embed-xs-int8", embed.StdOut);

        BotRun again = await BotProcess.RunAsync(_temp.Path, ["embed", "--db", db]);
        Assert.StartsWith("0 sentences embedded in 0 batches", again.StdOut, StringComparison.Ordinal);

        BotRun explain = await BotProcess.RunAsync(_temp.Path, ["ask", "--explain", "how are the two sides communicating in between the talks?", "--db", db]);
        Assert.Equal(0, explain.ExitCode);
        Assert.Contains("vectors: local:snowflake-arctic-embed-xs-int8", explain.StdOut, StringComparison.Ordinal);
        Assert.Matches(@"bm25 #(\d+|-) vec #\d+ sim 0\.\d{3}", explain.StdOut);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task KillNineDuringEmbedding_LosesNothing_AndTheNextRunFinishesTheJob()
    {
        string feed = _temp.File("feed.jsonl");
        await File.WriteAllLinesAsync(feed, Enumerable.Range(0, 4000).Select(i => JsonSerializer.Serialize(new
        {
            id = $"rec-{i:D5}",
            title = $"Round {i} of talks",
            published = "2025-04-01",
            body = $"Delegation {i} met in city {i % 97} on Thursday. The talks lasted {i % 11 + 1} hours and covered visas. Officials from ministry {i} said another round would follow.",
        })));
        string db = _temp.File("kill.db");
        Assert.Equal(0, (await BotProcess.RunAsync(_temp.Path, ["ingest", feed, "--no-embed", "--db", db])).ExitCode);
        int sentences;
        using (var store = new LiteDbArticleStore(db))
        {
            sentences = store.All().Sum(a => a.Sentences.Count);
        }

        using (var process = Process.Start(BotProcess.StartInfo(_temp.Path, null, "embed", "--db", db))!)
        {
            // The progress line comes after a batch is saved (at most one every five seconds): wait for one, however
            // long the model takes to load on a busy machine, then kill while the rest is still to do.
            var saved = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data?.StartsWith("embed: ", StringComparison.Ordinal) == true)
                {
                    saved.TrySetResult();
                }
            };
            process.BeginErrorReadLine();
            _ = process.StandardOutput.ReadToEndAsync();
            await saved.Task.WaitAsync(TimeSpan.FromSeconds(120));
            Assert.False(process.HasExited, "embedding finished before it could be killed; make the corpus larger");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        int afterKill = CountVectors(db);
        Assert.InRange(afterKill, 1, sentences - 1);

        BotRun resume = await BotProcess.RunAsync(_temp.Path, ["embed", "--db", db]);
        Assert.Equal(0, resume.ExitCode);
        Assert.StartsWith($"{Core.Text.Counted.Of(sentences - afterKill, "sentence")} embedded", resume.StdOut, StringComparison.Ordinal);
        Assert.Equal(sentences, CountVectors(db));

        BotRun ask = await BotProcess.RunAsync(_temp.Path, ["ask", "--json", "How long did the talks of delegation 42 last?", "--db", db]);
        Assert.Equal(0, ask.ExitCode);
        Assert.Contains("Delegation 42 met", ask.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_EmbedsWhatHasNoVectorInTheBackground_WhileAnswering()
    {
        string db = _temp.File("serve.db");
        using (BotContext seeded = await BotContext.OpenAsync(
            BotConfiguration.Build(new Dictionary<string, string?> { ["Storage:Path"] = db, ["Corpus:DefaultPath"] = SampleCorpus.Folder, ["Embeddings:Provider"] = "none" }),
            TextWriter.Null,
            seed: true))
        {
            Assert.Equal(5, seeded.Store.Count);
        }

        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Http:Urls"] = "http://127.0.0.1:0",
            ["Storage:Path"] = db,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Embeddings:CheckSeconds"] = "1",
        }).Build();
        await using Microsoft.AspNetCore.Builder.WebApplication app = ServeHost.Build(configuration);
        await app.StartAsync();
        BotContext bot = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<BotContext>(app.Services);
        int sentences = bot.Store.All().Sum(a => a.Sentences.Count);

        var watch = Stopwatch.StartNew();
        // The vectors are stored before the index in memory takes them: both are waited for.
        while ((bot.EmbeddingStore.Count(bot.Semantic!.Model) < sentences || bot.VectorIndex!.Count < sentences) && watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            Assert.NotNull((await bot.Answerer.AskAsync("When is the third round?")).Lead);
            await Task.Delay(100);
        }

        Assert.Equal(sentences, bot.EmbeddingStore.Count(bot.Semantic.Model));
        Assert.Equal(sentences, bot.VectorIndex!.Count);
        Assert.False((await bot.Answerer.AskAsync("how are the two sides communicating in between the talks?")).Abstained);
        await app.StopAsync();
    }

    /// <summary>Vectors stored, counted from the stored records themselves, and checked against the running total.</summary>
    private static int CountVectors(string db)
    {
        using var store = new LiteDbArticleStore(db);
        var embeddings = new LiteDbEmbeddingStore(store);
        int counted = embeddings.All(Stored).Sum(v => v.Count);
        Assert.Equal(counted, embeddings.Count(Stored));
        Assert.All(embeddings.All(Stored), v => Assert.Equal(v.Count * v.Dimensions, v.Values.Length));
        return counted;
    }

    public void Dispose() => _temp.Dispose();
}
