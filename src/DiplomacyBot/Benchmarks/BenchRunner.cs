using System.Diagnostics;
using System.Reflection;
using DiplomacyBot.Core.Evaluation;
using DiplomacyBot.Core.Ingestion;
using DiplomacyBot.Core.Search;
using DiplomacyBot.Hosting;
using DiplomacyBot.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyBot.Benchmarks;

/// <summary>
/// Measures one corpus end to end in a fresh store: ingest rate, warm ask latency over a fixed question list beside a
/// plain Lucene BM25 top-10 query on the same index, cold start of a new process to its first answer, disk sizes and
/// the phase's peak resident memory.
/// </summary>
/// <remarks>
/// "Warm" means the process has already answered questions, as a running bot has. First the process answers a separate
/// list of warm-up questions several times over: the runtime compiles hot code in tiers, optimising it only after it
/// has run a few dozen times. Then each timed question is asked once, for the first time, reading its articles from
/// the store: that pass is measured and reported on its own (<see cref="BenchPhase.AskFirstPassP95Ms"/>). The warm
/// passes that follow give the ask percentiles, each beside the plain Lucene query timed the same way.
/// </remarks>
public sealed class BenchRunner(IReadOnlyList<string> questions, IReadOnlyList<string> warmUp, TextWriter log)
{
    /// <summary>Warm timed passes over the question list, after the pass that asks each question for the first time.</summary>
    public int Passes { get; init; } = 3;

    public int ColdStarts { get; init; } = 3;

    /// <summary>Rounds over the warm-up list: enough for the runtime's tiered compilation to settle.</summary>
    public int WarmUpRounds { get; init; } = 15;

    /// <param name="embed">Run the embedding stage after ingest and answer with vectors (hybrid retrieval); otherwise BM25 alone.</param>
    public async Task<BenchPhase> RunAsync(string name, string corpus, string folder, bool embed = true, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        string db = Path.Combine(folder, "bench.db");
        bool peakIsPhases = PeakMemory.Reset();
        var settings = BotConfiguration.LocalStore(db);
        settings["Corpus:SeedWhenEmpty"] = "false";
        if (!embed)
        {
            settings["Embeddings:Provider"] = "none";
        }

        var configuration = BotConfiguration.Build(settings);
        coldStartEnvironment = embed ? null : new Dictionary<string, string> { ["DIPLOMACYBOT_Embeddings__Provider"] = "none" };

        IngestFigures ingest;
        EmbeddingReport? embedded = null;
        int sentences = 0, vectors = 0;
        long vectorBytes = 0;
        double ingestPeak;
        string indexFolder;
        using (BotContext bot = await BotContext.OpenAsync(configuration, TextWriter.Null, seed: false, cancellationToken).ConfigureAwait(false))
        {
            indexFolder = bot.Services.GetRequiredService<SearchPaths>().Index;
            ingest = Ingest(bot, name, corpus);
            log.WriteLine($"{name}: after ingest, peak {PeakMemory.Megabytes():F0} MB; {PeakMemory.Describe()}");
            // The index holds one document per sentence: counting them reads no article.
            sentences = bot.Index.Search(new Core.Search.PassageQuery([]), 1).IndexedSentences;
            if (bot.Embedder is { } embedder)
            {
                log.WriteLine($"{name}: embedding {sentences:N0} sentences with {embedder.Model} ...");
                embedded = await embedder.EmbedMissingAsync(null, cancellationToken).ConfigureAwait(false);
                log.WriteLine($"{name}: {embedded.Summary()} in {embedded.Elapsed.TotalSeconds:F0} s; peak {PeakMemory.Megabytes():F0} MB; {PeakMemory.Describe()}");
                vectorBytes = bot.VectorIndex!.MemoryBytes;
                vectors = bot.VectorIndex.Count;
            }

            ingestPeak = PeakMemory.Megabytes();
        }

        // Answering is measured as a bot that has just started on the store runs: a new process of this program opens
        // it, reads the vector index from its file and loads the model afresh, with none of the ingest's or the
        // embedding runs' memory in it.
        log.WriteLine($"{name}: answering in a new process on the store ...");
        AnsweringFigures answering = AnswerInNewProcess(db, folder, name);
        var ask = answering.Ask.Order().ToList();
        var lucene = answering.Lucene.Order().ToList();
        var firstSeen = answering.FirstSeen.Order().ToList();

        double askPeak = answering.PeakRssMb;
        double peak = Math.Max(ingestPeak, askPeak);
        log.WriteLine($"{name}: timing {ColdStarts} cold starts ...");
        var cold = Enumerable.Range(0, ColdStarts).Select(i => ColdStart(db, questions[i % questions.Count], folder, coldStartEnvironment)).Order().ToList();
        return new BenchPhase
        {
            Ingest = ingest,
            Questions = questions.Count,
            AskP50Ms = Round(Percentile.NearestRank(ask, 0.50)),
            AskP95Ms = Round(Percentile.NearestRank(ask, 0.95)),
            AskP99Ms = Round(Percentile.NearestRank(ask, 0.99)),
            AskFirstPassP95Ms = Round(Percentile.NearestRank(firstSeen, 0.95)),
            LuceneP50Ms = Round(Percentile.NearestRank(lucene, 0.50)),
            LuceneP95Ms = Round(Percentile.NearestRank(lucene, 0.95)),
            ColdStartMs = Round(cold[cold.Count / 2]),
            PeakRssMb = Round(peak),
            PeakRssIsPhase = peakIsPhases,
            StoreMb = Round(new FileInfo(db).Length / (1024.0 * 1024.0)),
            IndexMb = Round(FolderBytes(indexFolder) / (1024.0 * 1024.0)),
            Sentences = sentences,
            EmbeddingModel = embedded?.Model,
            SentencesEmbedded = embedded?.Embedded ?? 0,
            EmbedSeconds = Round(embedded?.Elapsed.TotalSeconds ?? 0),
            EmbedSentencesPerS = Round(embedded?.SentencesPerSecond ?? 0),
            VectorBytesEach = vectors > 0 ? Round((double)vectorBytes / vectors) : 0,
            VectorIndexMb = Round(vectorBytes / (1024.0 * 1024.0)),
            AskPeakRssMb = Round(askPeak),
            TimelineArticles = answering.TimelineArticles,
            TimelineMs = Round(answering.TimelineMs),
        };
    }

    /// <summary>
    /// Ingests a corpus into a fresh store and index (storing and BM25 indexing, no embedding, no answering): the
    /// ingest rate on text of another shape than the main corpus.
    /// </summary>
    public async Task<IngestFigures> IngestOnlyAsync(string name, string corpus, string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var settings = BotConfiguration.LocalStore(Path.Combine(folder, "bench.db"));
        settings["Corpus:SeedWhenEmpty"] = "false";
        settings["Embeddings:Provider"] = "none";
        using BotContext bot = await BotContext.OpenAsync(BotConfiguration.Build(settings), TextWriter.Null, seed: false, cancellationToken).ConfigureAwait(false);
        return Ingest(bot, name, corpus);
    }

    /// <summary>Ingests <paramref name="corpus"/> into the bot's store; a corpus of which no article could be stored fails the run.</summary>
    private IngestFigures Ingest(BotContext bot, string name, string corpus)
    {
        log.WriteLine($"{name}: ingesting {corpus} ...");
        IngestReport report = bot.Ingestion.Ingest([corpus]);
        if (report.Ingested == 0)
        {
            throw new InvalidOperationException($"{corpus}: no articles could be ingested ({report.Failed} failed)");
        }

        log.WriteLine($"{name}: {report.Summary()}");
        return IngestFigures.Of(report);
    }

    /// <summary>
    /// Answers the timed questions on an existing store in this process, as a bot that has just opened it: first a
    /// separate warm-up list several times over, then each timed question once (its first time), then the warm passes,
    /// each question beside the same text as a plain Lucene query.
    /// </summary>
    public async Task<AnsweringFigures> MeasureAnsweringAsync(IConfiguration configuration, string name, CancellationToken cancellationToken)
    {
        var ask = new List<double>();
        var lucene = new List<double>();
        var firstSeen = new List<double>();
        PeakMemory.Reset();
        using BotContext bot = await BotContext.OpenAsync(configuration, TextWriter.Null, seed: false, cancellationToken).ConfigureAwait(false);
        log.WriteLine($"{name}: opened the store: {PeakMemory.Describe()}");
        IPlainTextSearch index = bot.Services.GetRequiredService<IPlainTextSearch>();
        log.WriteLine($"{name}: warming up on {warmUp.Count} other questions x {WarmUpRounds} ...");
        for (int round = 0; round < WarmUpRounds; round++)
        {
            foreach (string question in warmUp)
            {
                _ = await bot.Answerer.AskAsync(question, cancellationToken: cancellationToken).ConfigureAwait(false);
                _ = index.SearchPlain(question, 10);
            }
        }

        foreach (string question in questions)
        {
            long started = Stopwatch.GetTimestamp();
            _ = await bot.Answerer.AskAsync(question, cancellationToken: cancellationToken).ConfigureAwait(false);
            firstSeen.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        log.WriteLine($"{name}: first time each: ask p95 {Percentile.NearestRank(firstSeen.Order().ToList(), 0.95):F1} ms; peak {PeakMemory.Megabytes():F0} MB; {PeakMemory.Describe()}");
        // A bot that has been running a while has its hot code compiled at the JIT's top tier; the runtime recompiles in
        // the background, after a quiet spell, what the first-time pass made hot. The warm passes start after one.
        await Task.Delay(SettleTime, cancellationToken);
        for (int pass = 1; pass <= Passes; pass++)
        {
            var gcBefore = (Gen0: GC.CollectionCount(0), Gen1: GC.CollectionCount(1), Gen2: GC.CollectionCount(2), Paused: GC.GetTotalPauseDuration(), Allocated: GC.GetTotalAllocatedBytes());
            foreach (string question in questions)
            {
                long started = Stopwatch.GetTimestamp();
                _ = await bot.Answerer.AskAsync(question, cancellationToken: cancellationToken).ConfigureAwait(false);
                double askMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                started = Stopwatch.GetTimestamp();
                _ = index.SearchPlain(question, 10);
                double luceneMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                ask.Add(askMs);
                lucene.Add(luceneMs);
            }

            var thisPass = ask.Skip((pass - 1) * questions.Count).Order().ToList();
            var thisLucene = lucene.Skip((pass - 1) * questions.Count).Order().ToList();
            log.WriteLine($"{name}: pass {pass}: ask p95 {Percentile.NearestRank(thisPass, 0.95):F1} ms, Lucene p95 {Percentile.NearestRank(thisLucene, 0.95):F1} ms; "
                + $"allocated {(GC.GetTotalAllocatedBytes() - gcBefore.Allocated) / (1024.0 * 1024.0 * questions.Count):F1} MB a question, "
                + $"GCs {GC.CollectionCount(0) - gcBefore.Gen0}/{GC.CollectionCount(1) - gcBefore.Gen1}/{GC.CollectionCount(2) - gcBefore.Gen2} paused {(GC.GetTotalPauseDuration() - gcBefore.Paused).TotalMilliseconds:F0} ms; peak {PeakMemory.Megabytes():F0} MB; {PeakMemory.Describe()}");
        }

        // Slowest by each question's median over the warm passes: the questions that are slow every time, not the ones
        // a collection or another process happened to interrupt once.
        var slowest = questions.Select((q, i) => (Question: q, Ms: Percentile.NearestRank(Enumerable.Range(0, Passes).Select(p => ask[(p * questions.Count) + i]).Order().ToList(), 0.5)))
            .OrderByDescending(x => x.Ms).Take(8);
        log.WriteLine($"{name}: slowest (median of the warm passes): {string.Join("; ", slowest.Select(x => $"{x.Ms:F1} ms {x.Question}"))}");
        var (timelineArticles, timelineMs) = MeasureTimelines(bot, name);
        return new AnsweringFigures(ask, lucene, firstSeen, PeakMemory.Megabytes(), timelineArticles, timelineMs);
    }

    /// <summary>The idle spell before the warm passes, in which the runtime finishes recompiling what became hot.</summary>
    private static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(2);

    /// <summary>Subjects whose key-date timelines are timed (<c>bench-topics.txt</c> beside the program).</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>
    /// Each subject's key dates chosen as <c>timeline --query</c> chooses them (20 dates, 2 sentences each), once, as a
    /// command would; returns the largest subject's article count and time.
    /// </summary>
    private (int Articles, double Ms) MeasureTimelines(BotContext bot, string name)
    {
        (int Articles, double Ms) largest = (0, 0);
        var topics = new Core.Timelines.TopicKeyDates(bot.Store, bot.Index);
        foreach (string topic in Topics)
        {
            long started = Stopwatch.GetTimestamp();
            var result = topics.Select(topic, null, null, 20, 2);
            double ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            log.WriteLine($"{name}: timeline of \"{topic}\": {result.Dates.Count} dates from {result.Articles:N0} articles in {ms:F0} ms");
            if (result.Articles > largest.Articles)
            {
                largest = (result.Articles, ms);
            }
        }

        return largest;
    }

    /// <summary>Runs <see cref="MeasureAnsweringAsync"/> in a new process of this program (<c>bench --store</c>), relaying its log.</summary>
    private AnsweringFigures AnswerInNewProcess(string db, string folder, string name)
    {
        string questionsPath = Path.Combine(folder, "timed-questions.txt");
        File.WriteAllLines(questionsPath, questions);
        ProcessStartInfo info = SelfStartInfo();
        foreach (var (key, value) in coldStartEnvironment ?? [])
        {
            info.Environment[key] = value;
        }

        foreach (string argument in (string[])["bench", "--store", db, "--json", "--questions", questionsPath, "--passes", Passes.ToString(System.Globalization.CultureInfo.InvariantCulture), "--name", name])
        {
            info.ArgumentList.Add(argument);
        }

        info.WorkingDirectory = folder;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        using Process process = Process.Start(info) ?? throw new InvalidOperationException("could not start a process of this program");
        var errors = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (errors)
            {
                errors.AppendLine(e.Data);
                log.WriteLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            lock (errors)
            {
                throw new InvalidOperationException($"the answering process failed (exit {process.ExitCode}): {errors.ToString().Trim()}");
            }
        }

        return System.Text.Json.JsonSerializer.Deserialize<AnsweringFigures>(output, Output.Json.Options)
            ?? throw new InvalidDataException("the answering process printed no figures");
    }

    private Dictionary<string, string>? coldStartEnvironment;

    private static double Round(double value) => Math.Round(value, 1);

    /// <summary>A new process of this program answering one question from the store: start-up, opening, answering, exit.</summary>
    private static double ColdStart(string db, string question, string folder, Dictionary<string, string>? environment)
    {
        ProcessStartInfo info = SelfStartInfo();
        foreach (var (key, value) in environment ?? [])
        {
            info.Environment[key] = value;
        }

        info.ArgumentList.Add("ask");
        info.ArgumentList.Add(question);
        info.ArgumentList.Add("--db");
        info.ArgumentList.Add(db);
        info.WorkingDirectory = folder;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        var errors = new System.Text.StringBuilder();
        long started = Stopwatch.GetTimestamp();
        using Process process = Process.Start(info) ?? throw new InvalidOperationException("could not start a process of this program");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (errors)
            {
                errors.AppendLine(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        double elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (process.ExitCode != 0)
        {
            lock (errors)
            {
                throw new InvalidOperationException($"the cold-start process failed (exit {process.ExitCode}): {errors.ToString().Trim()}");
            }
        }

        return elapsed;
    }

    private static ProcessStartInfo SelfStartInfo()
    {
        string? processPath = Environment.ProcessPath;
        ProcessStartInfo info;
        if (processPath is not null && !Path.GetFileNameWithoutExtension(processPath).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            info = new ProcessStartInfo(processPath);
        }
        else
        {
            info = new ProcessStartInfo(processPath ?? "dotnet");
            info.ArgumentList.Add(Assembly.GetEntryAssembly()?.Location ?? Path.Combine(AppContext.BaseDirectory, "DiplomacyBot.dll"));
        }

        // The measured process works on the benchmark's own LiteDB file, never on a store the environment names.
        BotConfiguration.UseLocalStore(info.Environment);
        return info;
    }

    private static long FolderBytes(string folder) => Directory.Exists(folder)
        ? new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length)
        : 0;
}
