using System.CommandLine;
using System.Globalization;
using DiplomacyBot.Benchmarks;
using DiplomacyBot.Core.Evaluation;
using DiplomacyBot.Output;

namespace DiplomacyBot.Commands;

/// <summary>
/// <c>bench [--corpus PATH] [--scale N] [--web N] [--json]</c>: ingest, ask latency beside plain Lucene, cold start, sizes
/// and peak memory on the corpus, the ingest rate on long web pages built from it, then the same on a deterministic
/// corpus of N articles derived from it.
/// </summary>
public static class BenchCommand
{
    public const string DefaultCorpus = "../shared/corpus/reuters-1987.jsonl";
    public const int DefaultScale = 200_000;
    public const int DefaultWebPages = 1_000;

    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = $"The JSON Lines corpus to measure (default {DefaultCorpus})", DefaultValueFactory = _ => DefaultCorpus };
        var scale = new Option<int>("--scale") { Description = $"Also measure a corpus of this many articles derived from it; 0 skips (default {DefaultScale:N0})", DefaultValueFactory = _ => DefaultScale };
        var web = new Option<int>("--web") { Description = $"Also measure ingest on this many long web pages (about {WebCorpus.PageChars / 1000} KB each) built from the corpus; 0 skips (default {DefaultWebPages:N0})", DefaultValueFactory = _ => DefaultWebPages };
        var json = new Option<bool>("--json") { Description = "Print the figures as one JSON object" };
        var questions = new Option<string?>("--questions") { Description = "One question per line (default: the bench question list shipped with the program)" };
        var work = new Option<string?>("--work") { Description = "Folder for the bench stores (default: a new temporary folder, removed afterwards)" };
        var passes = new Option<int>("--passes") { Description = "Warm timed passes over the question list, after it has been asked once (default 3)", DefaultValueFactory = _ => 3 };
        var store = new Option<string?>("--store") { Description = "Measure answering only, on this existing store (warm ask latency beside plain Lucene, peak memory); nothing is ingested" };
        var name = new Option<string>("--name") { Description = "With --store, the label of the log lines", DefaultValueFactory = _ => "store" };
        var command = new Command("bench", CommandLine.WithExamples("Measure ingest rate, ask latency, cold start, disk size and memory, on the corpus and at scale",
            "bench --scale 0 --json",
            "bench --work /tmp/b --scale 0",
            "bench --store /tmp/b/base/bench.db --passes 8"))
        {
            corpus, scale, web, json, questions, work, passes, store, name,
        };
        command.SetAction((parse, cancellationToken) => parse.GetValue(store) is { } existing
            ? RunAnsweringAsync(existing, parse.GetValue(name)!, parse.GetValue(json), parse.GetValue(questions) ?? DefaultQuestionsPath, parse.GetValue(passes), cancellationToken)
            : RunAsync(
            parse.GetValue(corpus)!,
            parse.GetValue(scale),
            parse.GetValue(web),
            parse.GetValue(json),
            parse.GetValue(questions) ?? DefaultQuestionsPath,
            parse.GetValue(work),
            parse.GetValue(passes),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string corpus, int scale, int webPages, bool asJson, string questionsPath, string? work, int passes, CancellationToken cancellationToken)
    {
        if (!File.Exists(corpus))
        {
            Console.Error.WriteLine($"error: {corpus}: no such corpus file (pass --corpus PATH to a JSON Lines corpus)");
            return 2;
        }

        if (!File.Exists(questionsPath))
        {
            Console.Error.WriteLine($"error: {questionsPath}: no such question list");
            return 2;
        }

        if (scale < 0 || webPages < 0 || passes < 1)
        {
            Console.Error.WriteLine("error: --scale and --web must be 0 or more and --passes at least 1");
            return 2;
        }

        if (!File.Exists(WarmUpPath))
        {
            Console.Error.WriteLine($"error: {WarmUpPath}: the warm-up question list is missing from the program's folder");
            return 2;
        }

        var questions = ReadQuestions(questionsPath);
        if (questions.Count == 0)
        {
            Console.Error.WriteLine($"error: {questionsPath}: no questions");
            return 2;
        }

        bool temporary = work is null;
        string folder = work ?? Path.Combine(Path.GetTempPath(), $"diplomacybot-bench-{Guid.NewGuid():N}");
        try
        {
            var runner = new BenchRunner(questions, ReadQuestions(WarmUpPath), Console.Error) { Passes = passes };
            BenchPhase basePhase = await runner.RunAsync("base", corpus, Path.Combine(folder, "base"), cancellationToken: cancellationToken).ConfigureAwait(false);
            IngestFigures? webFigures = null;
            if (webPages > 0)
            {
                string pages = Path.Combine(folder, "web-pages");
                Console.Error.WriteLine($"web: building {webPages:N0} pages of about {WebCorpus.PageChars / 1000} KB from {corpus} ...");
                int written = WebCorpus.Write(corpus, pages, webPages);
                webFigures = await runner.IngestOnlyAsync("web", pages, Path.Combine(folder, "web"), cancellationToken).ConfigureAwait(false);
                Console.Error.WriteLine($"web: {written:N0} pages, {webFigures.Megabytes:F1} MB, {webFigures.MbPerS:F2} MB/s");
            }

            BenchPhase? scalePhase = null;
            if (scale > 0)
            {
                string derived = Path.Combine(folder, $"scale-{scale}.jsonl");
                Console.Error.WriteLine($"scale: deriving {scale:N0} articles from {corpus} ...");
                ScaleCorpus.Write(corpus, derived, scale);
                // Embedding 200,000 articles takes hours on two cores: the scale phase measures BM25 alone, and the
                // memory its vectors would take is projected from the base phase's bytes per vector.
                scalePhase = await runner.RunAsync("scale", derived, Path.Combine(folder, "scale"), embed: false, cancellationToken).ConfigureAwait(false);
            }

            var report = new BenchReport { Corpus = corpus, Base = basePhase, Scale = scalePhase, Web = webFigures };
            Console.Out.WriteLine(asJson ? Json.Serialize(ToJson(report)) : Render(report));
            return 0;
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or InvalidDataException or System.Text.Json.JsonException or Microsoft.Extensions.Options.OptionsValidationException)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 2;
        }
        finally
        {
            if (temporary && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static string DefaultQuestionsPath => Path.Combine(AppContext.BaseDirectory, "bench-questions.txt");

    /// <summary><c>bench --store DB</c>: answering measured on an existing store, in this process.</summary>
    private static async Task<int> RunAnsweringAsync(string db, string name, bool asJson, string questionsPath, int passes, CancellationToken cancellationToken)
    {
        if (!File.Exists(db))
        {
            Console.Error.WriteLine($"error: {db}: no such store");
            return 2;
        }

        foreach (string path in (string[])[questionsPath, WarmUpPath])
        {
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"error: {path}: no such question list");
                return 2;
            }
        }

        var questions = ReadQuestions(questionsPath);
        if (questions.Count == 0 || passes < 1)
        {
            Console.Error.WriteLine($"error: {questionsPath}: no questions, or --passes below 1");
            return 2;
        }

        try
        {
            Dictionary<string, string?> settings = Hosting.BotConfiguration.LocalStore(db);
            settings["Corpus:SeedWhenEmpty"] = "false";
            var configuration = Hosting.BotConfiguration.Build(settings);
            var runner = new BenchRunner(questions, ReadQuestions(WarmUpPath), Console.Error)
            {
                Passes = passes,
                Topics = File.Exists(TopicsPath) ? ReadQuestions(TopicsPath) : [],
            };
            AnsweringFigures figures = await runner.MeasureAnsweringAsync(configuration, name, cancellationToken);
            if (asJson)
            {
                Console.Out.WriteLine(Json.Serialize(figures));
            }
            else
            {
                var ask = figures.Ask.Order().ToList();
                var lucene = figures.Lucene.Order().ToList();
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"ask p50/p95/p99 {Percentile.NearestRank(ask, 0.5):F1}/{Percentile.NearestRank(ask, 0.95):F1}/{Percentile.NearestRank(ask, 0.99):F1} ms; "
                    + $"Lucene p50/p95 {Percentile.NearestRank(lucene, 0.5):F1}/{Percentile.NearestRank(lucene, 0.95):F1} ms; "
                    + $"first time asked p95 {Percentile.NearestRank(figures.FirstSeen.Order().ToList(), 0.95):F1} ms; peak RSS {figures.PeakRssMb:F0} MB"));
            }

            return 0;
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or InvalidDataException or Microsoft.Extensions.Options.OptionsValidationException)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 2;
        }
    }

    private static string WarmUpPath => Path.Combine(AppContext.BaseDirectory, "bench-warmup.txt");

    /// <summary>Subjects whose key-date timelines are timed (shipped beside the program).</summary>
    private static string TopicsPath => Path.Combine(AppContext.BaseDirectory, "bench-topics.txt");

    /// <summary>One question per line; blank lines and lines starting with '#' are skipped.</summary>
    private static List<string> ReadQuestions(string path) =>
        File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

    private static Dictionary<string, object?> ToJson(BenchReport report)
    {
        Dictionary<string, object?> Phase(BenchPhase p) => new()
        {
            ["articles"] = p.Ingest.Articles,
            ["ingest_seconds"] = p.Ingest.Seconds,
            ["ingest_articles_per_s"] = p.Ingest.ArticlesPerS,
            ["ingest_mb_per_s"] = p.Ingest.MbPerS,
            ["questions"] = p.Questions,
            ["ask_p50_ms"] = p.AskP50Ms,
            ["ask_p95_ms"] = p.AskP95Ms,
            ["ask_p99_ms"] = p.AskP99Ms,
            ["ask_first_pass_p95_ms"] = p.AskFirstPassP95Ms,
            ["lucene_p50_ms"] = p.LuceneP50Ms,
            ["lucene_p95_ms"] = p.LuceneP95Ms,
            ["overhead_ratio_p95"] = p.OverheadRatioP95,
            ["cold_start_ms"] = p.ColdStartMs,
            ["peak_rss_mb"] = p.PeakRssMb,
            ["store_mb"] = p.StoreMb,
            ["index_mb"] = p.IndexMb,
            ["sentences"] = p.Sentences,
            ["embedding_model"] = p.EmbeddingModel,
            ["sentences_embedded"] = p.SentencesEmbedded,
            ["embed_seconds"] = p.EmbedSeconds,
            ["embed_sentences_per_s"] = p.EmbedSentencesPerS,
            ["vector_bytes_each"] = p.VectorBytesEach,
            ["vector_index_mb"] = p.VectorIndexMb,
            ["ask_peak_rss_mb"] = p.AskPeakRssMb,
            ["timeline_articles"] = p.TimelineArticles,
            ["timeline_ms"] = p.TimelineMs,
        };

        var json = Phase(report.Base);
        json["corpus"] = report.Corpus;
        json["scale"] = report.Scale is { } scale ? Phase(scale) : null;
        json["web"] = report.Web is { } web
            ? new Dictionary<string, object?>
            {
                ["pages"] = web.Articles,
                ["mb"] = web.Megabytes,
                ["ingest_seconds"] = web.Seconds,
                ["ingest_pages_per_s"] = web.ArticlesPerS,
                ["ingest_mb_per_s"] = web.MbPerS,
            }
            : null;
        json["projected_vector_index_mb_at_scale"] = report.ProjectedVectorIndexMb;
        json["targets"] = report.Targets().Select(t => new { target = t.Target, value = t.Value, met = t.Met }).ToList();
        return json;
    }

    private static string Render(BenchReport report)
    {
        var text = new System.Text.StringBuilder();
        string F(double v) => v.ToString("#,0.0", CultureInfo.InvariantCulture);
        text.AppendLine($"{"",-30}{"base",20}{(report.Scale is null ? string.Empty : "scale"),20}");
        void Row(string label, Func<BenchPhase, string> value) =>
            text.AppendLine($"{label,-30}{value(report.Base),20}{(report.Scale is { } s ? value(s) : string.Empty),20}");
        Row("articles", p => p.Ingest.Articles.ToString("N0", CultureInfo.InvariantCulture));
        Row("ingest articles/s", p => F(p.Ingest.ArticlesPerS));
        Row("ingest MB/s", p => F(p.Ingest.MbPerS));
        Row("ask p50 / p95 / p99 ms", p => $"{p.AskP50Ms:0.0}/{p.AskP95Ms:0.0}/{p.AskP99Ms:0.0}");
        Row("ask p95, first time asked ms", p => $"{p.AskFirstPassP95Ms:0.0}");
        Row("Lucene top-10 p50 / p95 ms", p => $"{p.LuceneP50Ms:0.0}/{p.LuceneP95Ms:0.0}");
        Row("ask p95 / Lucene p95", p => $"{p.OverheadRatioP95:0.00}x");
        Row("cold start ms", p => F(p.ColdStartMs));
        Row("peak RSS MB", p => F(p.PeakRssMb) + (p.PeakRssIsPhase ? string.Empty : "*"));
        Row("store MB + index MB", p => $"{p.StoreMb:0.0}+{p.IndexMb:0.0}");
        Row("sentences", p => p.Sentences.ToString("N0", CultureInfo.InvariantCulture));
        Row("embedding model", p => p.EmbeddingModel ?? "none");
        Row("embedded sentences/s", p => p.EmbeddingModel is null ? "-" : F(p.EmbedSentencesPerS));
        Row("embedding time s", p => p.EmbeddingModel is null ? "-" : F(p.EmbedSeconds));
        Row("vector index MB (B/vector)", p => p.EmbeddingModel is null ? "-" : $"{p.VectorIndexMb:0.0} ({p.VectorBytesEach:0})");
        Row("peak RSS answering MB", p => F(p.AskPeakRssMb));
        Row("key-date timeline ms (articles)", p => p.TimelineArticles == 0 ? "-" : $"{F(p.TimelineMs)} ({p.TimelineArticles:N0})");
        if (report.Web is { } web)
        {
            text.AppendLine($"{"web pages ingest MB/s",-30}{$"{F(web.MbPerS)} ({F(web.ArticlesPerS)} pages/s, {web.Articles:N0} pages, {web.Megabytes:0.0} MB)",40}");
        }

        if (report.ProjectedVectorIndexMb is { } projected)
        {
            text.AppendLine($"{"vector index at scale, projected",-30}{string.Empty,20}{F(projected) + " MB",20}");
        }

        text.AppendLine();
        foreach ((string target, double value, _, bool met) in report.Targets())
        {
            text.AppendLine($"{(met ? "met " : "MISS")}  {target}: {value.ToString("#,0.##", CultureInfo.InvariantCulture)}");
        }

        return text.ToString().TrimEnd();
    }
}
