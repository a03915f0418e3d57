using System.Diagnostics;
using System.Reflection;
using DiplomacyBot.Core.Evaluation;
using DiplomacyBot.Core.Ingestion;
using DiplomacyBot.Hosting;
using DiplomacyBot.Search;
using Microsoft.Extensions.Configuration;

namespace DiplomacyBot.Benchmarks;

/// <summary>
/// Measures one corpus end to end in a fresh store: ingest rate, warm ask latency over a fixed question list beside a
/// plain Lucene BM25 top-10 query on the same index, cold start of a new process to its first answer, disk sizes and
/// the phase's peak resident memory.
/// </summary>
public sealed class BenchRunner(IReadOnlyList<string> questions, TextWriter log)
{
    /// <summary>Timed passes over the question list.</summary>
    public int Passes { get; init; } = 3;

    public int ColdStarts { get; init; } = 3;

    private const int WarmUpQuestions = 10;

    public BenchPhase Run(string name, string corpus, string folder)
    {
        Directory.CreateDirectory(folder);
        string db = Path.Combine(folder, "bench.db");
        bool peakIsPhases = PeakMemory.Reset();
        var configuration = BotConfiguration.Build(new Dictionary<string, string?>
        {
            ["Storage:Path"] = db,
            ["Corpus:SeedWhenEmpty"] = "false",
        });

        IngestReport report;
        var ask = new List<double>();
        var lucene = new List<double>();
        var firstSeen = new List<double>();
        using (BotContext bot = BotContext.Open(configuration, TextWriter.Null, seed: false))
        {
            log.WriteLine($"{name}: ingesting {corpus} ...");
            report = bot.Ingestion.Ingest([corpus]);
            if (report.Ingested == 0)
            {
                throw new InvalidOperationException($"{corpus}: no articles could be ingested ({report.Failed} failed)");
            }

            log.WriteLine($"{name}: {report.Summary()}");
            log.WriteLine($"{name}: asking {questions.Count} questions x {Passes} passes, and the same as plain Lucene queries ...");
            var index = (LuceneSentenceIndex)bot.Index;

            // Warm the process (JIT, file caches) on a few questions; the first timed pass then asks most questions for
            // the first time, which is reported on its own, since later passes find their articles already decoded.
            foreach (string question in questions.Take(WarmUpQuestions))
            {
                _ = bot.Answerer.Ask(question);
                _ = index.SearchPlain(question, 10);
            }

            for (int pass = 1; pass <= Passes; pass++)
            {
                foreach (string question in questions)
                {
                    long started = Stopwatch.GetTimestamp();
                    _ = bot.Answerer.Ask(question);
                    double askMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    started = Stopwatch.GetTimestamp();
                    _ = index.SearchPlain(question, 10);
                    double luceneMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    ask.Add(askMs);
                    lucene.Add(luceneMs);
                    if (pass == 1)
                    {
                        firstSeen.Add(askMs);
                    }
                }
            }
        }

        double peak = PeakMemory.Megabytes();
        log.WriteLine($"{name}: timing {ColdStarts} cold starts ...");
        var cold = Enumerable.Range(0, ColdStarts).Select(i => ColdStart(db, questions[i % questions.Count], folder)).Order().ToList();
        ask.Sort();
        lucene.Sort();
        firstSeen.Sort();
        double seconds = Math.Max(report.Elapsed.TotalSeconds, 0.001);
        int processed = report.Ingested + report.Replaced + report.Unchanged + report.Duplicates;
        return new BenchPhase
        {
            Articles = report.Ingested + report.Replaced + report.Unchanged,
            IngestSeconds = Math.Round(seconds, 2),
            IngestArticlesPerS = Math.Round(processed / seconds, 1),
            IngestMbPerS = Math.Round(report.Bytes / (1024.0 * 1024.0) / seconds, 2),
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
            IndexMb = Round(FolderBytes(LuceneSentenceIndex.PathFor(db)) / (1024.0 * 1024.0)),
        };
    }

    private static double Round(double value) => Math.Round(value, 1);

    /// <summary>A new process of this program answering one question from the store: start-up, opening, answering, exit.</summary>
    private static double ColdStart(string db, string question, string folder)
    {
        ProcessStartInfo info = SelfStartInfo();
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
        if (processPath is not null && !Path.GetFileNameWithoutExtension(processPath).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return new ProcessStartInfo(processPath);
        }

        var info = new ProcessStartInfo(processPath ?? "dotnet");
        info.ArgumentList.Add(Assembly.GetEntryAssembly()?.Location ?? Path.Combine(AppContext.BaseDirectory, "DiplomacyBot.dll"));
        return info;
    }

    private static long FolderBytes(string folder) => Directory.Exists(folder)
        ? new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length)
        : 0;
}
