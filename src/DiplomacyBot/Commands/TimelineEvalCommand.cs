using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Evaluation;
using DiplomacyBot.Core.Ingestion;
using DiplomacyBot.Core.Time;
using DiplomacyBot.Core.Timelines;

namespace DiplomacyBot.Commands;

/// <summary>
/// <c>eval timeline DIR</c>: timeline summarisation scored on Timeline17-style topics (a folder each, with
/// <c>articles.jsonl</c> and gold <c>timelines/*.json</c>): for each gold timeline the key dates are chosen from the
/// topic's articles, as many as it has dates, with as many sentences a date as it has on average, inside its span; then
/// Date-F1 and date-aligned and concatenated ROUGE-1/2, per timeline and averaged, beside a date-mention-count baseline.
/// </summary>
public static class TimelineEvalCommand
{
    /// <summary>Published figures on the whole of Timeline17 (ACL 2020, Table 4): AR-1 F, AR-2 F, Date-F1.</summary>
    private static readonly (string Name, double Ar1, double Ar2, double DateF1)[] Published =
    [
        ("Datewise (published)", 0.120, 0.035, 0.544),
        ("PubCount (published)", 0.105, 0.027, 0.481),
        ("Chieu & Lee 2004 (published)", 0.066, 0.019, 0.251),
    ];

    public static Command Create()
    {
        var dir = new Argument<string>("dir") { Description = "The folder of topics (for example ../shared/corpus/timeline17)" };
        var split = new Option<string?>("--split") { Description = "Only the tuning (\"tune\": the 1st, 3rd, ... timeline) or reporting (\"report\": the 2nd, 4th, ...) timelines" };
        var fit = new Option<bool>("--fit") { Description = "Fit the key-date weights to these timelines' Date-F1 (a grid search) and print them" };
        var output = new Option<string?>("--out") { Description = "With --fit, write the fitted weights to this file (Timelines:WeightsPath takes it)" };
        var weightsPath = new Option<string?>("--weights") { Description = "Score with the key-date weights in this file instead of the shipped ones" };
        var command = new Command("timeline", CommandLine.WithExamples("Score key-date timelines on Timeline17-style topics: Date-F1 and date-aligned ROUGE, beside a date-mention-count baseline",
            "eval timeline ../shared/corpus/timeline17 --split report",
            "eval timeline ../shared/corpus/timeline17 --split tune --fit --out key-date-weights.json")) { dir, split, fit, output, weightsPath };
        command.SetAction(parse => Run(parse.GetValue(dir)!, parse.GetValue(split), parse.GetValue(fit), parse.GetValue(output), parse.GetValue(weightsPath)));
        return command;
    }

    private sealed record GoldTimeline(string Name, ScoredTimeline Gold, int Dates, int PerDate, DateOnly First, DateOnly Last);

    private sealed record Topic(string Name, IReadOnlyList<Article> Articles, IReadOnlyList<GoldTimeline> Timelines);

    private static int Run(string root, string? part, bool fit, string? output, string? weightsPath)
    {
        if (!Directory.Exists(root))
        {
            Console.Error.WriteLine($"error: {root}: no such folder");
            return 2;
        }

        if (part is not (null or "tune" or "report"))
        {
            Console.Error.WriteLine($"error: --split: \"{part}\" is neither tune nor report");
            return 2;
        }

        KeyDateWeights weights;
        try
        {
            weights = weightsPath is null ? KeyDateWeights.Default : KeyDateWeights.Parse(File.ReadAllText(weightsPath), weightsPath);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 2;
        }

        var folders = Directory.GetDirectories(root).Where(d => File.Exists(Path.Combine(d, "articles.jsonl")) && Directory.Exists(Path.Combine(d, "timelines")))
            .Order(StringComparer.Ordinal).ToList();
        if (folders.Count == 0)
        {
            Console.Error.WriteLine($"error: {root}: no topic folders with articles.jsonl and timelines/");
            return 2;
        }

        // Timelines alternate between the tuning and the reporting part, in the order of their topic and name.
        var all = folders.SelectMany(f => Directory.GetFiles(Path.Combine(f, "timelines"), "*.json").Order(StringComparer.Ordinal).Select(t => (Folder: f, File: t))).ToList();
        var chosen = all.Where((_, i) => part is null || (part == "tune") == (i % 2 == 0)).ToList();
        var parser = new ArticleParser(new TemporalTagger(), TimeProvider.System);
        var reader = new ArticleSourceReader(new IngestOptions());
        var topics = new List<Topic>();
        foreach (var group in chosen.GroupBy(t => t.Folder))
        {
            string name = Path.GetFileName(group.Key);
            Console.Error.WriteLine($"{name}: reading the articles ...");
            var raws = reader.ReadJsonLines(Path.Combine(group.Key, "articles.jsonl")).Where(i => i.Article is not null).Select(i => i.Article!).ToList();
            var articles = raws.AsParallel().AsOrdered().Select(parser.Parse).ToList();
            topics.Add(new Topic(name, articles, group.Select(g => ReadGold(g.File, name)).ToList()));
        }

        if (fit)
        {
            weights = Fit(topics);
            Console.Out.WriteLine($"fitted key-date weights: {weights.ToJson()}");
            if (output is not null)
            {
                File.WriteAllText(output, weights.ToJson() + "\n");
                Console.Error.WriteLine($"Weights written to {output}.");
            }
        }

        var scorer = new TimelineScorer(Search.EnglishText.Stem, Core.Text.Lexicon.Get("stop-words"));
        var systems = new (string Name, KeyDateSelector Selector, List<TimelineScores> Scores)[]
        {
            ("DiplomacyBot", new KeyDateSelector(weights), []),
            ("date-mention count", new KeyDateSelector(new KeyDateWeights(0, 1, 0)), []),
        };
        Console.Out.WriteLine($"{"timeline",-36}{"dates",6}{"k",3}  {"system",-20}{"Date-F1",9}{"AR1-F",8}{"AR2-F",8}{"R1-F",8}{"R2-F",8}");
        foreach (Topic topic in topics)
        {
            foreach (GoldTimeline gold in topic.Timelines)
            {
                var evidence = KeyDateSelector.Gather(topic.Articles, gold.First, gold.Last);
                foreach (var (name, selector, scores) in systems)
                {
                    var days = selector.Choose(evidence, gold.Dates, gold.PerDate);
                    var system = new ScoredTimeline(days.ToDictionary(d => d.Day, d => (IReadOnlyList<string>)d.Sentences.Select(s => s.Text).ToList()));
                    TimelineScores score = scorer.Score(system, gold.Gold);
                    scores.Add(score);
                    Console.Out.WriteLine($"{gold.Name,-36}{gold.Dates,6}{gold.PerDate,3}  {name,-20}{score.Dates.F1,9:0.000}{score.AlignedRouge1.F1,8:0.000}{score.AlignedRouge2.F1,8:0.000}{score.ConcatRouge1.F1,8:0.000}{score.ConcatRouge2.F1,8:0.000}");
                }
            }
        }

        Console.Out.WriteLine();
        Console.Out.WriteLine($"mean over {systems[0].Scores.Count} timelines{(part is null ? string.Empty : $" ({part})")}:");
        Console.Out.WriteLine($"  {"system",-30}{"Date-F1",9}{"AR1-F",8}{"AR2-F",8}{"R1-F",8}{"R2-F",8}");
        foreach (var (name, _, scores) in systems)
        {
            Console.Out.WriteLine($"  {name,-30}{PrecisionRecall.Mean(scores.Select(s => s.Dates).ToList()).F1,9:0.000}{PrecisionRecall.Mean(scores.Select(s => s.AlignedRouge1).ToList()).F1,8:0.000}"
                + $"{PrecisionRecall.Mean(scores.Select(s => s.AlignedRouge2).ToList()).F1,8:0.000}{PrecisionRecall.Mean(scores.Select(s => s.ConcatRouge1).ToList()).F1,8:0.000}{PrecisionRecall.Mean(scores.Select(s => s.ConcatRouge2).ToList()).F1,8:0.000}");
        }

        foreach (var (name, ar1, ar2, dateF1) in Published)
        {
            Console.Out.WriteLine($"  {name,-30}{dateF1,9:0.000}{ar1,8:0.000}{ar2,8:0.000}");
        }

        return 0;
    }

    /// <summary>The weights whose top days score the best mean Date-F1 over the timelines (a grid; ties go to the simpler).</summary>
    private static KeyDateWeights Fit(IReadOnlyList<Topic> topics)
    {
        var cases = topics.SelectMany(t => t.Timelines.Select(g => (Gold: g, Evidence: KeyDateSelector.Gather(t.Articles, g.First, g.Last)))).ToList();
        double[] grid = [0, 0.25, 0.5, 1, 2, 4];
        (KeyDateWeights Weights, double Score)? best = null;
        foreach (double published in grid)
        {
            foreach (double mentions in grid)
            {
                foreach (double later in grid)
                {
                    var weights = new KeyDateWeights(published, mentions, later);
                    if (published + mentions + later == 0)
                    {
                        continue;
                    }

                    var selector = new KeyDateSelector(weights);
                    var scores = cases.Select(c =>
                    {
                        var days = selector.Choose(c.Evidence, c.Gold.Dates, perDate: 0).Select(d => d.Day).ToHashSet();
                        int shared = c.Gold.Gold.Days.Keys.Count(days.Contains);
                        return new PrecisionRecall(days.Count == 0 ? 0 : (double)shared / days.Count, (double)shared / c.Gold.Gold.Days.Count);
                    }).ToList();
                    double f1 = PrecisionRecall.Mean(scores).F1;
                    if (best is null || f1 > best.Value.Score + 1e-9)
                    {
                        best = (weights, f1);
                    }
                }
            }
        }

        Console.Error.WriteLine($"best mean Date-F1 on the fitted timelines: {best!.Value.Score:0.000}");
        return FitSummaries(cases.Select(c => (c.Gold, c.Evidence)).ToList(), best.Value.Weights);
    }

    /// <summary>
    /// With the days chosen, how the days' sentences are chosen: the weights of closeness to the whole collection, of
    /// naming the day, of repeating a sentence already chosen and how many of an article's opening sentences stand for its day, over a grid, for the best mean date-aligned ROUGE-1 F.
    /// </summary>
    private static KeyDateWeights FitSummaries(IReadOnlyList<(GoldTimeline Gold, CollectionEvidence Evidence)> cases, KeyDateWeights dates)
    {
        var scorer = new TimelineScorer(Search.EnglishText.Stem, Core.Text.Lexicon.Get("stop-words"));
        (KeyDateWeights Weights, double Score)? best = null;
        var grid = from topic in (double[])[0, 0.5, 1, 2, 4, 8]
                   from naming in (double[])[0, 0.1, 0.2, 0.4]
                   from redundancy in (double[])[0.5, 1, 1.5, 2]
                   from leads in (int[])[1, 3, 8, 0]
                   select dates with { Topic = topic, Naming = naming, Redundancy = redundancy, Leads = leads };
        foreach (KeyDateWeights weights in grid)
        {
            var selector = new KeyDateSelector(weights);
            var scores = cases.AsParallel().Select(c =>
            {
                var days = selector.Choose(c.Evidence, c.Gold.Dates, c.Gold.PerDate);
                var system = new ScoredTimeline(days.ToDictionary(d => d.Day, d => (IReadOnlyList<string>)d.Sentences.Select(s => s.Text).ToList()));
                return scorer.Score(system, c.Gold.Gold).AlignedRouge1;
            }).ToList();
            double f1 = PrecisionRecall.Mean(scores).F1;
            if (best is null || f1 > best.Value.Score + 1e-9)
            {
                best = (weights, f1);
            }
        }

        Console.Error.WriteLine($"best mean AR-1 F on the fitted timelines: {best!.Value.Score:0.000}");
        return best.Value.Weights;
    }

    private static GoldTimeline ReadGold(string file, string topic)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(file));
        var days = new Dictionary<DateOnly, IReadOnlyList<string>>();
        foreach (JsonElement entry in document.RootElement.EnumerateArray())
        {
            DateOnly day = DateOnly.ParseExact(entry[0].GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            days[day] = entry[1].EnumerateArray().Select(s => s.GetString() ?? string.Empty).ToList();
        }

        int perDate = Math.Max(1, (int)Math.Round(days.Values.Average(s => s.Count), MidpointRounding.AwayFromZero));
        return new GoldTimeline($"{topic}/{Path.GetFileNameWithoutExtension(file)}", new ScoredTimeline(days), days.Count, perDate, days.Keys.Min(), days.Keys.Max());
    }
}
