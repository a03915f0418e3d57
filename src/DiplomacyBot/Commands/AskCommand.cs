using System.CommandLine;
using System.Diagnostics;
using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Evaluation;
using DiplomacyBot.Output;

namespace DiplomacyBot.Commands;

/// <summary>
/// <c>ask "QUESTION"</c> (or the question's words unquoted), <c>ask --json "QUESTION"</c>, and <c>ask --json -</c> for one
/// question per stdin line, one answer per line in the same order.
/// </summary>
public static class AskCommand
{
    public static Command Create()
    {
        var question = new Argument<string[]>("question")
        {
            Description = "The question (quoted, or its words as they are), or - to read one question per line from stdin",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per answer" };
        var timings = new Option<bool>("--timings") { Description = "Report answer latency (p50, p95, max) on stderr" };
        var explain = new Option<bool>("--explain") { Description = "Show how the question was read and how the candidate sentences ranked" };
        var top = new Option<int>("--top") { Description = "With --explain, how many candidate sentences to show", DefaultValueFactory = _ => 10 };
        var asOf = new Option<string?>("--as-of") { Description = "Answer as the articles stood on this day (YYYY-MM-DD): later ones are ignored, and \"this week\" or \"last month\" are read against it" };
        var command = new Command("ask", CommandLine.WithExamples("Answer a question from the stored articles, with verbatim, dated quotes",
            "ask \"When is the third round?\"",
            "ask what was agreed on visas --json",
            "ask --as-of 2025-05-01 \"what happened last month?\"",
            "ask --explain --top 5 \"who led the delegations?\"",
            "ask --json - < questions.txt")) { question, json, timings, explain, top, asOf };
        command.Validators.Add(result =>
        {
            if (result.GetValue(asOf) is { } day && !AsOfDay.TryParse(day, out _))
            {
                result.AddError($"--as-of: \"{day}\" is not a day written YYYY-MM-DD");
            }
        });
        command.SetAction((parse, cancellationToken) =>
        {
            string text = string.Join(' ', parse.GetValue(question) ?? []).Trim();
            if (text.Length == 0)
            {
                Console.Error.WriteLine("error: the question is empty: ask \"When is the next round of talks?\", or ask - to read one question per line");
                return Task.FromResult(2);
            }

            return Answer(parse, text, cancellationToken);
        });
        return command;

        Task<int> Answer(ParseResult parse, string text, CancellationToken cancellationToken) => CommandLine.RunAsync(parse, seed: true, async (context, token) =>
        {
            bool asJson = parse.GetValue(json);
            DateOnly? day = parse.GetValue(asOf) is { } written && AsOfDay.TryParse(written, out DateOnly parsed) ? parsed : null;
            IEnumerable<string> questions = text == "-" ? ReadLines(Console.In) : [text];
            var latencies = new List<double>();
            int line = 0;
            foreach (string q in questions)
            {
                line++;
                if (string.IsNullOrWhiteSpace(q))
                {
                    // One output per input line, so answers stay aligned with the questions that were piped in.
                    string error = $"line {line} is empty: no question to answer";
                    if (asJson)
                    {
                        Console.Out.WriteLine(Json.Serialize(new { question = q, error }));
                    }
                    else
                    {
                        Console.Error.WriteLine($"error: {error}");
                    }

                    continue;
                }

                long started = Stopwatch.GetTimestamp();
                Answer answer = await context.Answerer.AskAsync(q, day, token).ConfigureAwait(false);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                Console.Out.WriteLine(asJson ? Json.Serialize(AnswerJson.From(answer)) : AnswerText.Render(answer));
                if (parse.GetValue(explain))
                {
                    Console.Out.WriteLine(RenderExplanation(await context.Extractive.ExplainAsync(q, Math.Max(1, parse.GetValue(top)), day, token).ConfigureAwait(false)));
                }

                Console.Out.Flush();
            }

            if (parse.GetValue(timings) && latencies.Count > 0)
            {
                latencies.Sort();
                Console.Error.WriteLine(
                    $"answered {latencies.Count} questions over {context.Store.Count} articles: " +
                    $"p50 {Percentile.NearestRank(latencies, 0.50):0.0} ms, p95 {Percentile.NearestRank(latencies, 0.95):0.0} ms, max {latencies[^1]:0.0} ms");
            }

            return 0;
        }, cancellationToken);
    }

    private static string RenderExplanation(RankingExplanation e)
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine($"read as: {e.Type}; concepts: {string.Join(", ", e.Concepts)}" + (e.Names.Count > 0 ? $"; names: {string.Join(", ", e.Names)}" : string.Empty) + (e.Model is { } model ? $"; vectors: {model}" : "; vectors: none") + (e.Ordinal is { } n ? $"; ordinal {n}" : string.Empty) + (e.Period is { } p ? $"; period {p}" : string.Empty));
        foreach (RankedPassage r in e.Passages)
        {
            string flags = (r.MissesName ? " misses-name" : string.Empty) + (r.HoldsFact ? " holds-fact" : string.Empty);
            string quote = Core.Text.Shortened.To(r.Text, 160);
            RankingSignals signals = r.Signals;
            string ranks = $"bm25 #{(signals.Bm25Rank > 0 ? signals.Bm25Rank.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-")} vec #{(signals.VectorRank > 0 ? signals.VectorRank.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-")}"
                + (signals.Similarity is { } sim ? $" sim {sim:0.000}" : string.Empty);
            text.AppendLine($"  {r.Score:0.000} cov {r.Coverage:0.00} (words {signals.LexicalCoverage:0.00}) bm25 {r.Bm25:0.00} {ranks} fit {r.TypeFit:0.00} title {signals.TitleCoverage:0.00}{flags} {r.ArticleId}#{r.SentenceIndex}: {quote}");
        }

        return text.ToString().TrimEnd();
    }

    private static IEnumerable<string> ReadLines(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
