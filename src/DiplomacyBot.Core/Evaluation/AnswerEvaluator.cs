using System.Diagnostics;
using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Storage;

namespace DiplomacyBot.Core.Evaluation;

/// <summary>
/// Runs a development set through an answerer. An answer is correct when it does not abstain and its lead and quotes
/// contain every expected phrase; a citation is right when it cites the expected article, or another article that
/// holds every expected phrase (wire services repeat stories). Quotes are checked against the store, dates against the
/// article's established publication date.
/// </summary>
public static class AnswerEvaluator
{
    public static async Task<AnswerEvaluation> EvaluateAsync(string name, IAnswerer answerer, IArticleStore store, IReadOnlyList<EvalQuestion> questions, CancellationToken cancellationToken = default)
    {
        int correct = 0, at1 = 0, at3 = 0, quotes = 0, verbatim = 0, dated = 0, rightDates = 0, abstained = 0, rightAbstentions = 0, notYet = 0, rightNotYet = 0;
        var latencies = new List<double>();
        var failures = new List<string>();
        var articles = new Dictionary<string, Article?>(StringComparer.Ordinal);
        Article? Load(string id) => articles.TryGetValue(id, out var a) ? a : articles[id] = store.Get(id);

        // Latency is measured on a warm process: one untimed question first.
        if (questions.Count > 0)
        {
            await answerer.AskAsync(questions[0].Question, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        foreach (EvalQuestion question in questions)
        {
            long started = Stopwatch.GetTimestamp();
            Answer answer = await answerer.AskAsync(question.Question, cancellationToken: cancellationToken).ConfigureAwait(false);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);

            foreach (Citation c in answer.Citations)
            {
                quotes++;
                Article? article = Load(c.ArticleId);
                if (article is not null && QuoteVerifier.IsVerbatim(article, c))
                {
                    verbatim++;
                }

                dated++;
                if (article is not null && c.Published == article.Published.Value && c.DateBasis == article.Published.Basis)
                {
                    rightDates++;
                }
            }

            if (question.Outcome == AnswerOutcome.NotYetReported)
            {
                notYet++;
                if (answer.Outcome == AnswerOutcome.NotYetReported)
                {
                    rightNotYet++;
                }
            }

            if (answer.Abstained)
            {
                abstained++;
                if (question.Abstain)
                {
                    rightAbstentions++;
                }
                else
                {
                    failures.Add($"line {question.Line}: abstained on \"{question.Question}\"");
                }

                continue;
            }

            if (question.Abstain)
            {
                failures.Add($"line {question.Line}: answered \"{question.Question}\" (should abstain): {Shorten(answer.Lead)}");
                continue;
            }

            string said = answer.Lead + "\n" + string.Join("\n", answer.Citations.Select(c => c.Quote));
            List<string> missing = question.Holds(said) ? [] : question.Expect.Where(p => !said.Contains(p, StringComparison.OrdinalIgnoreCase)).ToList();
            if (missing.Count == 0)
            {
                correct++;
            }
            else
            {
                failures.Add($"line {question.Line}: \"{question.Question}\" lacks {string.Join(", ", missing.Select(m => $"\"{m}\""))}: {Shorten(answer.Lead)}");
            }

            bool Right(Citation c) => c.ArticleId == question.Article
                || (Load(c.ArticleId) is { } a && question.Holds(a.Title + "\n" + a.OriginalText));
            if (answer.Citations.Count > 0 && Right(answer.Citations[0]))
            {
                at1++;
            }

            if (answer.Citations.Take(3).Any(Right))
            {
                at3++;
            }
        }

        latencies.Sort();
        return new AnswerEvaluation(
            name,
            questions.Count,
            questions.Count(q => !q.Abstain),
            correct,
            at1,
            at3,
            quotes,
            verbatim,
            dated,
            rightDates,
            questions.Count(q => q.Abstain),
            abstained,
            rightAbstentions,
            Percentile.NearestRank(latencies, 0.50),
            Percentile.NearestRank(latencies, 0.95),
            failures)
        {
            NotYetReported = notYet,
            SaidNotYetReported = rightNotYet,
        };
    }

    private static string Shorten(string text) => Text.Shortened.To(text, 140);
}
