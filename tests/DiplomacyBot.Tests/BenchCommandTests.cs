using System.Text.Json;
using DiplomacyBot.Benchmarks;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Tests;

public sealed class BenchCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string WriteCorpus(int stories)
    {
        string path = _temp.File("corpus.jsonl");
        File.WriteAllLines(path, Enumerable.Range(1, stories).Select(i => JsonSerializer.Serialize(new
        {
            id = $"wire-{i}",
            published = $"1987-03-{1 + (i % 28):00}T10:00:00Z",
            title = $"Talks on grain quota {i}",
            body = $"Delegates met in Geneva for round {i} of grain talks, officials said. They agreed a quota of {100 + i} tonnes for 1987. The next meeting is planned for April.",
            source = "Wire",
        })));
        return path;
    }

    [Fact]
    public void DerivedCopies_AreDistinctRedatedArticles_AndTheCorpusIsDeterministic()
    {
        string source = WriteCorpus(10);
        string first = _temp.File("a.jsonl");
        string second = _temp.File("b.jsonl");

        Assert.Equal(35, ScaleCorpus.Write(source, first, 35));
        ScaleCorpus.Write(source, second, 35);

        string[] lines = File.ReadAllLines(first);
        Assert.Equal(lines, File.ReadAllLines(second));
        Assert.Equal(35, lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).Distinct().Count());
        Assert.Equal(35, lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("body").GetString()).Distinct().Count());

        JsonElement original = JsonDocument.Parse(lines[3]).RootElement;
        JsonElement copy = JsonDocument.Parse(lines[13]).RootElement;
        Assert.Equal("wire-4-x1", copy.GetProperty("id").GetString());
        Assert.Equal(1988, copy.GetProperty("published").GetDateTimeOffset().Year);
        Assert.Contains("1988", copy.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Contains("quota of 105 tonnes", copy.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Contains("quota of 104 tonnes", original.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Contains("reached agreement", copy.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void WebPages_AreLongDatedPagesOfTheStories_AndTheParserReadsThemAsArticles()
    {
        string source = _temp.File("long.jsonl");
        File.WriteAllLines(source, Enumerable.Range(1, 60).Select(i => JsonSerializer.Serialize(new
        {
            id = $"wire-{i}",
            published = $"1987-03-{1 + (i % 28):00}T10:00:00Z",
            title = $"GRAIN TALKS ROUND {i}",
            body = string.Join("\n\n", Enumerable.Range(1, 6).Select(p => $"Delegates met in Geneva for round {i} of grain talks, officials said in paragraph {p}. They agreed a quota of {100 + i} tonnes for 1987 and will meet again in April.")),
        })));
        string first = _temp.File("pages-a");
        string second = _temp.File("pages-b");

        int pages = WebCorpus.Write(source, first, 5);
        WebCorpus.Write(source, second, 5);

        Assert.Equal(5, pages);
        string[] files = Directory.GetFiles(first).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(5, files.Length);
        Assert.Equal(files.Select(File.ReadAllText), Directory.GetFiles(second).Order(StringComparer.Ordinal).Select(File.ReadAllText));
        Assert.All(files, f => Assert.InRange(new FileInfo(f).Length, WebCorpus.PageChars, 2 * WebCorpus.PageChars));

        var parser = new DiplomacyBot.Core.Ingestion.ArticleParser(new DiplomacyBot.Core.Time.TemporalTagger(), TimeProvider.System);
        var article = parser.Parse(new DiplomacyBot.Core.Ingestion.RawArticle { Source = files[0], Id = "page-1", Text = File.ReadAllText(files[0]) });
        Assert.Equal("Grain Talks Round 1", article.Title);
        Assert.Equal(new DateOnly(1987, 3, 2), article.Published.Value);
        Assert.DoesNotContain(article.Sentences, s => s.TextOf(article).Contains("Advertisement", StringComparison.Ordinal) || s.TextOf(article).Contains("Related", StringComparison.Ordinal));
        Assert.Contains(article.Sentences, s => s.TextOf(article).StartsWith("Delegates met in Geneva for round 2 ", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Bench_Json_ReportsEveryFigure_ForTheCorpusAndAtScale()
    {
        string corpus = WriteCorpus(40);

        BotRun run = await BotProcess.RunAsync(_temp.Path, ["bench", "--corpus", corpus, "--scale", "100", "--passes", "1", "--json"]);

        Assert.True(run.ExitCode == 0, run.StdErr);
        JsonElement report = JsonDocument.Parse(run.StdOut).RootElement;
        foreach (JsonElement phase in new[] { report, report.GetProperty("scale") })
        {
            foreach (string key in new[] { "ingest_articles_per_s", "ask_p50_ms", "ask_p95_ms", "ask_p99_ms", "ask_first_pass_p95_ms", "lucene_p95_ms", "cold_start_ms", "peak_rss_mb", "store_mb" })
            {
                Assert.True(phase.GetProperty(key).GetDouble() > 0, $"{key} is not positive");
            }
        }

        Assert.Equal(40, report.GetProperty("articles").GetInt32());
        Assert.Equal(100, report.GetProperty("scale").GetProperty("articles").GetInt32());
        Assert.Equal(DiplomacyBot.Core.Search.Passages.Key("local:snowflake-arctic-embed-xs-int8"), report.GetProperty("embedding_model").GetString());
        Assert.True(report.GetProperty("embed_sentences_per_s").GetDouble() > 0);
        Assert.Equal(report.GetProperty("sentences").GetInt32(), report.GetProperty("sentences_embedded").GetInt32());
        Assert.InRange(report.GetProperty("vector_bytes_each").GetDouble(), 384, 500);
        Assert.True(report.GetProperty("ask_peak_rss_mb").GetDouble() > 0);
        Assert.Equal(JsonValueKind.Null, report.GetProperty("scale").GetProperty("embedding_model").ValueKind);
        Assert.True(report.GetProperty("projected_vector_index_mb_at_scale").GetDouble() > 0);
        JsonElement web = report.GetProperty("web");
        Assert.Equal(1, web.GetProperty("pages").GetInt32());
        Assert.True(web.GetProperty("ingest_mb_per_s").GetDouble() > 0);
        Assert.Equal(11, report.GetProperty("targets").GetArrayLength());
    }

    [Fact]
    public async Task Bench_WithAMissingCorpus_SaysWhichFile()
    {
        BotRun run = await BotProcess.RunAsync(_temp.Path, ["bench", "--corpus", "nowhere.jsonl"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nowhere.jsonl", run.StdErr, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
