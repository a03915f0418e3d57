using System.CommandLine;
using System.Globalization;
using DiplomacyBot.Core.Search;
using DiplomacyBot.Core.Time;
using DiplomacyBot.Core.Evaluation;
using DiplomacyBot.Core.Time.Evaluation;
using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Commands;

/// <summary><c>eval timex DIR</c>: score the temporal tagger on TimeML files (TempEval-3 measures).</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("dir") { Description = "A folder of TimeML (.tml) files, searched recursively" };
        var timex = new Command("timex", CommandLine.WithExamples("Score the temporal tagger on TimeML files: strict and relaxed span P/R/F1, type accuracy, value F1",
            "eval timex ../shared/corpus/timebank")) { dir };
        timex.SetAction(parse =>
        {
            string folder = parse.GetValue(dir)!;
            if (!Directory.Exists(folder))
            {
                Console.Error.WriteLine($"error: {folder}: no such folder");
                return 2;
            }

            TimexEvaluationResult result = TimexEvaluator.EvaluateDirectory(folder, new TemporalTagger());
            Console.Out.Write(result.ToReport());
            return 0;
        });

        var file = new Argument<string?>("file") { Description = "A development set: JSON Lines of {\"q\", \"expect\", \"article\"} or {\"q\", \"abstain\": true}", Arity = ArgumentArity.ZeroOrOne };
        var baseline = new Option<bool>("--baseline") { Description = "Also run the questions through a plain BM25 top-sentence answerer, side by side" };
        var ingest = new Option<string[]>("--ingest") { Description = "Ingest (and embed) these files or folders first (unchanged articles are skipped)", AllowMultipleArgumentsPerToken = true };
        var failures = new Option<bool>("--failures") { Description = "List the questions answered wrongly" };
        var split = new Option<string?>("--split") { Description = "Only the questions of this part of the set (\"tune\" or \"report\")" };
        var corpus = new Option<string?>("--corpus") { Description = "Only the questions about this corpus (\"sample\", \"reuters\")" };
        var candidates = new Option<bool>("--candidates") { Description = "Print every candidate sentence of each question as a JSON line with its ranking features and whether it answers the question (for fitting weights)" };
        var command = new Command("eval", CommandLine.WithExamples("Evaluate the bot on a development set (eval FILE.jsonl), or the temporal tagger (eval timex DIR)",
            "eval tests/eval/sample-dev.jsonl --split report --baseline",
            "eval tests/eval/fresh-dev.jsonl --corpus reuters --split report --db /tmp/reuters.db --failures",
            "eval tests/eval/reuters-dev.jsonl --split tune --candidates > candidates.jsonl",
            "eval tests/eval/fresh-dev.jsonl --split tune --corpus sample --coverage-sweep")) { file, baseline, ingest, failures, split, corpus, candidates };
        // How the abstention threshold (Answer:MinCoverage) is calibrated: on real answers, threshold by threshold.
        var sweep = new Option<bool>("--coverage-sweep") { Description = "Answer the questions at each abstention threshold from 0.30 to 0.60 and report how many each decides right (for calibrating Answer:MinCoverage)" };
        command.Options.Add(sweep);
        command.Subcommands.Add(timex);
        command.Subcommands.Add(FitCommand());
        command.Subcommands.Add(RealTimeQaCommand.Create());
        command.Subcommands.Add(TimelineEvalCommand.Create());
        command.SetAction((parse, cancellationToken) => CommandLine.RunAsync(parse, seed: true, async (context, token) =>
        {
            if (parse.GetValue(file) is not { Length: > 0 } path)
            {
                Console.Error.WriteLine("error: eval needs a development set file (eval FILE.jsonl) or a subcommand (eval timex DIR)");
                return 2;
            }

            if (parse.GetValue(ingest) is { Length: > 0 } paths)
            {
                var report = context.Ingestion.Ingest(paths);
                Console.Error.WriteLine($"ingest: {report.Summary()}");
                if (context.Embedder is { } embedder)
                {
                    EmbeddingReport embedded = await embedder.EmbedMissingAsync(null, token).ConfigureAwait(false);
                    Console.Error.WriteLine($"embed: {embedded.Summary()}");
                }
            }

            IReadOnlyList<EvalQuestion> questions;
            try
            {
                questions = EvalSetReader.Read(path);
            }
            catch (Exception ex) when (ex is FormatException or IOException)
            {
                Console.Error.WriteLine($"error: {ex.Message}");
                return 2;
            }

            questions = questions
                .Where(q => parse.GetValue(split) is not { } part || string.Equals(q.Split, part, StringComparison.OrdinalIgnoreCase))
                .Where(q => parse.GetValue(corpus) is not { } name || string.Equals(q.Corpus, name, StringComparison.OrdinalIgnoreCase))
                .ToList();
            if (questions.Count == 0)
            {
                Console.Error.WriteLine($"error: {path}: no questions left after --split/--corpus");
                return 2;
            }

            if (parse.GetValue(candidates))
            {
                await WriteCandidatesAsync(context, questions, token).ConfigureAwait(false);
                return 0;
            }

            if (parse.GetValue(sweep))
            {
                await WriteCoverageSweepAsync(context, questions, token).ConfigureAwait(false);
                return 0;
            }

            var runs = new List<AnswerEvaluation> { await AnswerEvaluator.EvaluateAsync(context.Semantic is null ? "DiplomacyBot" : "DiplomacyBot (hybrid)", context.Answerer, context.Store, questions, token).ConfigureAwait(false) };
            if (context.Semantic is not null)
            {
                runs.Add(await AnswerEvaluator.EvaluateAsync("without vectors", context.LexicalAnswerer(), context.Store, questions, token).ConfigureAwait(false));
            }

            if (parse.GetValue(baseline))
            {
                runs.Add(await AnswerEvaluator.EvaluateAsync("BM25 top sentence", new Bm25BaselineAnswerer(context.Store, context.Index), context.Store, questions, token).ConfigureAwait(false));
            }

            Console.Out.WriteLine($"{path}: {questions.Count} questions over {context.Store.Count} articles");
            Console.Out.Write(AnswerEvaluation.Table(runs));
            if (parse.GetValue(failures))
            {
                foreach (AnswerEvaluation run in runs)
                {
                    Console.Out.WriteLine();
                    Console.Out.WriteLine($"{run.Name}: {run.Failures.Count} wrong");
                    foreach (string failure in run.Failures)
                    {
                        Console.Out.WriteLine($"  {failure}");
                    }
                }
            }

            return 0;
        }, cancellationToken));
        return command;
    }

    /// <summary>
    /// <c>eval fit CANDIDATES... --out FILE</c>: fits the ranking weights and the abstention threshold to the
    /// candidates <c>eval --candidates</c> wrote for the development sets' tuning questions, and writes a weights file.
    /// </summary>
    private static Command FitCommand()
    {
        var files = new Argument<string[]>("candidates") { Description = "Files of candidates, as eval FILE.jsonl --split tune --candidates writes them", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Where to write the weights file (for example src/DiplomacyBot.Core/Answering/ranking-weights.json)", Required = true };
        var lexical = new Option<bool>("--lexical") { Description = "Fit the set used without sentence vectors (the candidates must come from Embeddings:Provider=none); by default the hybrid set" };
        var fit = new Command("fit", CommandLine.WithExamples("Fit the ranking weights and the abstention threshold to labelled candidates, and write them",
            "eval fit candidates-sample.jsonl candidates-reuters.jsonl --out ranking-weights.json")) { files, output, lexical };
        fit.SetAction(parse =>
        {
            var questions = new List<FitQuestion>();
            foreach (string path in parse.GetValue(files)!)
            {
                try
                {
                    questions.AddRange(ReadCandidates(path));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
                {
                    Console.Error.WriteLine($"error: {path}: {ex.Message}");
                    return 2;
                }
            }

            bool lexicalSet = parse.GetValue(lexical);
            RankingWeights prior = RankingWeights.Default(vectors: !lexicalSet);
            FitResult result = RankingFitter.Fit(questions, prior);
            var notes = new System.Text.Json.Nodes.JsonObject
            {
                ["fitted_on"] = $"{questions.Count} questions ({result.Ranked} answerable with an answering candidate; {questions.Count(q => q.RankOnly)} for ranking only)",
                ["right_first"] = $"{result.RightAfter} (prior weights {result.RightBefore})",
                ["decided_right"] = $"{result.DecidedAfter} of {result.Decided} (prior {result.DecidedBefore})",
            };
            string json = lexicalSet
                ? RankingWeights.Write(RankingWeights.Default(vectors: true), result.Weights, lexicalNotes: notes)
                : RankingWeights.Write(result.Weights, RankingWeights.Default(vectors: false), hybridNotes: notes);
            string target = parse.GetValue(output)!;
            File.WriteAllText(target, json);
            Console.Out.WriteLine($"{(lexicalSet ? "lexical" : "hybrid")} weights fitted on {questions.Count} questions: right candidate first {result.RightBefore} -> {result.RightAfter} of {result.Ranked}; "
                + $"answer-or-abstain right {result.DecidedBefore} -> {result.DecidedAfter} of {result.Decided} (threshold {prior.MinCoverage:0.00} -> {result.Weights.MinCoverage:0.00})");
            Console.Out.WriteLine(string.Join(", ", RankingWeights.Features.Select((f, i) => $"{f} {result.Weights.Weights[i]:0.###}")));
            Console.Out.WriteLine($"wrote {target}");
            return 0;
        });
        return fit;
    }

    /// <summary>
    /// The questions answered at each abstention threshold: how many answers are right, how many abstentions, and the
    /// two together, one line per threshold. The threshold that decides the most tuning questions right is the one to
    /// ship (<c>min_coverage</c> in the weights file).
    /// </summary>
    private static async Task WriteCoverageSweepAsync(Hosting.BotContext context, IReadOnlyList<EvalQuestion> questions, CancellationToken cancellationToken)
    {
        Console.Out.WriteLine("min_coverage  answered right  abstained right  decided right");
        for (int step = 30; step <= 60; step += 5)
        {
            double threshold = step / 100.0;
            ExtractiveAnswerer answerer = AnsweringServiceCollectionExtensions.WithMinCoverage(context.Services, threshold);
            string name = threshold.ToString("0.00", CultureInfo.InvariantCulture);
            AnswerEvaluation run = await AnswerEvaluator.EvaluateAsync(name, answerer, context.Store, questions, cancellationToken).ConfigureAwait(false);
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{threshold,12:0.00}  {run.Correct,8}/{run.Answerable,-6}  {run.CorrectAbstentions,9}/{run.ShouldAbstain,-6}  {run.Correct + run.CorrectAbstentions,9}/{run.Answerable + run.ShouldAbstain}"));
        }
    }

    private static IEnumerable<FitQuestion> ReadCandidates(string path)
    {
        var byQuestion = new Dictionary<string, (bool? Abstain, List<FitCandidate> Candidates)>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = System.Text.Json.JsonDocument.Parse(line);
            var row = doc.RootElement;
            // A development set numbers its questions by line; a quiz names them ("20220708_3").
            System.Text.Json.JsonElement id = row.GetProperty("line");
            string number = id.ValueKind == System.Text.Json.JsonValueKind.Number ? id.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : id.GetString()!;
            var features = row.GetProperty("features").EnumerateArray().Select(f => f.GetDouble()).ToList();
            if (features.Count != RankingWeights.Features.Count)
            {
                throw new FormatException($"line {number}: {features.Count} features, expected {RankingWeights.Features.Count}");
            }

            if (!byQuestion.TryGetValue(number, out var question))
            {
                // "abstain": null marks a question that only teaches ranking (see FitQuestion.RankOnly).
                var abstain = row.GetProperty("abstain");
                byQuestion[number] = question = (abstain.ValueKind == System.Text.Json.JsonValueKind.Null ? null : abstain.GetBoolean(), []);
            }

            question.Candidates.Add(new FitCandidate(features, row.GetProperty("coverage").GetDouble(), row.GetProperty("right").GetBoolean()));
        }

        return byQuestion.Select(kv => new FitQuestion($"{path}:{kv.Key}", kv.Value.Abstain ?? false, kv.Value.Candidates) { RankOnly = kv.Value.Abstain is null });
    }

    /// <summary>
    /// One JSON line per candidate sentence of each question, with the features it was ranked on and whether it holds
    /// every expected phrase (the sentence that answers the question): material for fitting ranking weights.
    /// </summary>
    private static async Task WriteCandidatesAsync(Hosting.BotContext context, IReadOnlyList<EvalQuestion> questions, CancellationToken cancellationToken)
    {
        foreach (EvalQuestion q in questions)
        {
            RankingExplanation e = await context.Extractive.ExplainAsync(q.Question, 200, cancellationToken: cancellationToken).ConfigureAwait(false);
            WriteCandidates(e, q.Line, q.Abstain, p => q.Holds(p.Text));
        }
    }

    /// <summary>
    /// One JSON line per candidate of a question (<paramref name="id"/>: its line, or its name in a quiz), saying
    /// whether it answers; <paramref name="abstain"/> null marks a question that only teaches ranking.
    /// </summary>
    internal static void WriteCandidates(RankingExplanation e, object id, bool? abstain, Func<RankedPassage, bool> answers)
    {
        for (int i = 0; i < e.Passages.Count; i++)
        {
            RankedPassage p = e.Passages[i];
            bool right = answers(p);
            Console.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
            {
                line = id,
                abstain,
                type = e.Type.ToString(),
                rank = i + 1,
                article = p.ArticleId,
                sentence = p.SentenceIndex,
                score = p.Score,
                coverage = p.Coverage,
                words = p.Signals.LexicalCoverage,
                bm25 = p.Bm25,
                fit = p.TypeFit,
                misses_name = p.MissesName,
                holds_fact = p.HoldsFact,
                bm25_rank = p.Signals.Bm25Rank,
                vector_rank = p.Signals.VectorRank,
                similarity = p.Signals.Similarity,
                features = p.Features,
                right,
            }));
        }
    }
}
