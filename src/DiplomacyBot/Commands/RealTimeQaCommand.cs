using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Evaluation;
using DiplomacyBot.Hosting;

namespace DiplomacyBot.Commands;

/// <summary>
/// <c>eval realtimeqa DIR</c>: RealTime QA weeks (one folder each, <c>questions.jsonl</c> and <c>articles.jsonl</c>):
/// each week's articles ingested (and embedded) into a store of its own, each question asked as of its quiz date,
/// and scored as the data's README says, beside a plain BM25 top-sentence answerer.
/// </summary>
public static class RealTimeQaCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("dir") { Description = "The folder of weeks (for example ../shared/corpus/realtimeqa)" };
        var split = new Option<string?>("--split") { Description = "Only the tuning (\"tune\": the 1st, 3rd, ... week) or reporting (\"report\": the 2nd, 4th, ...) weeks" };
        var work = new Option<string?>("--work") { Description = "Keep the weeks' stores in this folder (reused when run again); a temporary folder otherwise" };
        var failures = new Option<bool>("--failures") { Description = "List each question with the bot's lead" };
        var candidates = new Option<bool>("--candidates") { Description = "Print every candidate sentence of each question as a JSON line with its ranking features and whether it holds the right choice alone (for eval fit, which learns ranking from them but not when to abstain)" };
        var command = new Command("realtimeqa", CommandLine.WithExamples("Score the bot on RealTime QA weeks: each week's pages ingested, each question asked as of its quiz date",
            "eval realtimeqa ../shared/corpus/realtimeqa --split report --work /tmp/rtqa")) { dir, split, work, failures, candidates };
        command.SetAction(async (parse, cancellationToken) =>
        {
            string root = parse.GetValue(dir)!;
            if (!Directory.Exists(root))
            {
                Console.Error.WriteLine($"error: {root}: no such folder");
                return 2;
            }

            var weeks = Directory.GetDirectories(root).Where(d => File.Exists(Path.Combine(d, "questions.jsonl")) && File.Exists(Path.Combine(d, "articles.jsonl")))
                .Order(StringComparer.Ordinal).ToList();
            string? part = parse.GetValue(split);
            if (part is not (null or "tune" or "report"))
            {
                Console.Error.WriteLine($"error: --split: \"{part}\" is neither tune nor report");
                return 2;
            }

            weeks = [.. weeks.Where((_, i) => part is null || (part == "tune") == (i % 2 == 0))];
            if (weeks.Count == 0)
            {
                Console.Error.WriteLine($"error: {root}: no week folders with questions.jsonl and articles.jsonl");
                return 2;
            }

            bool temporary = parse.GetValue(work) is null;
            string folder = parse.GetValue(work) ?? Path.Combine(Path.GetTempPath(), $"diplomacybot-rtqa-{Guid.NewGuid():N}");
            try
            {
                var bot = new Tally("DiplomacyBot");
                var baseline = new Tally("BM25 top sentence");
                int questions = 0, ceiling = 0;
                foreach (string week in weeks)
                {
                    string name = Path.GetFileName(week);
                    Dictionary<string, string?> settings = BotConfiguration.LocalStore(Path.Combine(folder, name, "week.db"));
                    settings["Corpus:SeedWhenEmpty"] = "false";
                    var configuration = BotConfiguration.Build(settings);
                    using BotContext context = await BotContext.OpenAsync(configuration, TextWriter.Null, seed: false, cancellationToken).ConfigureAwait(false);
                    var report = context.Ingestion.Ingest([Path.Combine(week, "articles.jsonl")]);
                    Console.Error.WriteLine($"{name}: {report.Summary()}");
                    if (context.Embedder is { } embedder)
                    {
                        var embedded = await embedder.EmbedMissingAsync(null, cancellationToken).ConfigureAwait(false);
                        Console.Error.WriteLine($"{name}: {embedded.Summary()}");
                    }

                    var texts = context.Store.All().ToDictionary(a => a.Id, a => a.Title + "\n" + a.OriginalText, StringComparer.Ordinal);
                    var lexical = new Bm25BaselineAnswerer(context.Store, context.Index);
                    foreach (string line in File.ReadLines(Path.Combine(week, "questions.jsonl")).Where(l => l.Length > 0))
                    {
                        using var doc = JsonDocument.Parse(line);
                        JsonElement q = doc.RootElement;
                        string text = q.GetProperty("q").GetString()!;
                        var choices = q.GetProperty("choices").EnumerateArray().Select(c => c.GetString() ?? string.Empty).ToList();
                        int correct = q.GetProperty("answer_index").GetInt32();
                        DateOnly day = DateOnly.ParseExact(q.GetProperty("question_date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                        questions++;
                        if (texts.Values.Any(t => QuizScoring.Present(t, choices).Contains(correct)))
                        {
                            ceiling++;
                        }

                        if (parse.GetValue(candidates))
                        {
                            RankingExplanation explained = await context.Extractive.ExplainAsync(text, 200, day, cancellationToken).ConfigureAwait(false);
                            EvalCommand.WriteCandidates(explained, q.GetProperty("id").GetString()!, null, p => QuizScoring.IsRight(p.Text, choices, correct));
                            continue;
                        }

                        Answer answer = await context.Answerer.AskAsync(text, day, cancellationToken).ConfigureAwait(false);
                        bot.Add(answer, choices, correct, context.Store);
                        baseline.Add(lexical.Ask(text, day), choices, correct, context.Store);
                        if (parse.GetValue(failures))
                        {
                            bool right = !answer.Abstained && QuizScoring.IsRight(QuizScoring.WithoutAttribution(answer.Lead), choices, correct);
                            Console.Out.WriteLine($"{(right ? "right" : "wrong")} {q.GetProperty("id").GetString()}: {text} [{choices[correct]}] -> {answer.Lead[..Math.Min(160, answer.Lead.Length)]}");
                        }
                    }
                }

                if (parse.GetValue(candidates))
                {
                    return 0;
                }

                Console.Out.WriteLine($"RealTime QA: {questions} questions over {weeks.Count} weeks ({string.Join(", ", weeks.Select(Path.GetFileName))}); the right choice is in some article for {ceiling} ({Share(ceiling, questions)})");
                Console.Out.WriteLine($"{"",-34}{bot.Name,-22}{baseline.Name}");
                foreach (var (label, value) in Tally.Rows)
                {
                    Console.Out.WriteLine($"{label,-34}{value(bot),-22}{value(baseline)}");
                }

                return 0;
            }
            finally
            {
                if (temporary)
                {
                    try
                    {
                        Directory.Delete(folder, recursive: true);
                    }
                    catch (IOException)
                    {
                    }
                }
            }
        });
        return command;
    }

    private static string Share(int a, int b) => b == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * a / b:0.0}%");

    private sealed class Tally(string name)
    {
        public string Name => name;

        private int _questions, _right, _loose, _abstained, _quotes, _verbatim, _dated, _rightDates;

        public void Add(Answer answer, IReadOnlyList<string> choices, int correct, Core.Storage.IArticleStore store)
        {
            _questions++;
            if (answer.Abstained)
            {
                _abstained++;
            }
            else
            {
                if (QuizScoring.IsRight(QuizScoring.WithoutAttribution(answer.Lead), choices, correct))
                {
                    _right++;
                }

                if (QuizScoring.IsRight(answer.Lead + "\n" + string.Join("\n", answer.Citations.Select(c => c.Quote)), choices, correct))
                {
                    _loose++;
                }
            }

            foreach (Citation c in answer.Citations)
            {
                _quotes++;
                Article? article = store.Get(c.ArticleId);
                if (article is not null && QuoteVerifier.IsVerbatim(article, c))
                {
                    _verbatim++;
                }

                _dated++;
                if (article is not null && c.Published == article.Published.Value)
                {
                    _rightDates++;
                }
            }
        }

        public static IReadOnlyList<(string Label, Func<Tally, string> Value)> Rows { get; } =
        [
            ("right in the lead", t => $"{Share(t._right, t._questions)} ({t._right}/{t._questions})"),
            ("right in lead or quotes (loose)", t => $"{Share(t._loose, t._questions)} ({t._loose}/{t._questions})"),
            ("abstained", t => $"{Share(t._abstained, t._questions)} ({t._abstained}/{t._questions})"),
            ("verbatim quotes", t => $"{Share(t._verbatim, t._quotes)} ({t._verbatim}/{t._quotes})"),
            ("citations with the article's date", t => $"{Share(t._rightDates, t._dated)} ({t._rightDates}/{t._dated})"),
        ];
    }
}
