using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Evaluation;

/// <summary>One candidate sentence of a development question: its ranking features, its coverage, and whether it answers.</summary>
public sealed record FitCandidate(IReadOnlyList<double> Features, double Coverage, bool Right);

/// <summary>A development question's candidates, and whether the articles cannot answer it (so the bot must abstain).</summary>
public sealed record FitQuestion(string Key, bool Abstain, IReadOnlyList<FitCandidate> Candidates)
{
    /// <summary>
    /// The question teaches which candidate should come first but not when to abstain: a quiz question asked of the
    /// pages a search returned for it, where an abstention always scores wrong whatever the pages say.
    /// </summary>
    public bool RankOnly { get; init; }
}

/// <summary>What a fit found: the weights and threshold, and how many questions they rank and decide right beside the prior ones.</summary>
public sealed record FitResult(RankingWeights Weights, int Ranked, int RightBefore, int RightAfter, int Decided, int DecidedBefore, int DecidedAfter);

/// <summary>
/// Fits ranking weights to labelled candidates: a listwise logistic (softmax) model, in which each answerable question's
/// candidates compete to be the one that answers it, kept near the prior weights by an L2 penalty so a small
/// development set moves them only as far as it has evidence for. The abstention threshold is kept: what a threshold
/// decides depends on every answer strategy, not only on the best candidate, so it is calibrated on real answers
/// (<c>eval --coverage-sweep</c>); how many questions the weights decide right at it is estimated from the candidates.
/// </summary>
public static class RankingFitter
{
    public static FitResult Fit(IReadOnlyList<FitQuestion> questions, RankingWeights prior, double penalty = 0.05, int epochs = 4000, double rate = 0.1)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(prior);
        int n = prior.Weights.Count;
        var ranked = questions.Where(q => !q.Abstain && q.Candidates.Any(c => c.Right) && q.Candidates.Count > 1).ToList();
        double[] w = [.. prior.Weights];
        double[] grad = new double[n];
        for (int epoch = 0; epoch < epochs && ranked.Count > 0; epoch++)
        {
            Array.Clear(grad);
            foreach (FitQuestion q in ranked)
            {
                double[] scores = [.. q.Candidates.Select(c => RankingWeights.Weigh(w, c.Features))];
                double max = scores.Max();
                double[] p = [.. scores.Select(s => Math.Exp(s - max))];
                double z = p.Sum();
                int rights = q.Candidates.Count(c => c.Right);
                for (int i = 0; i < q.Candidates.Count; i++)
                {
                    double target = q.Candidates[i].Right ? 1.0 / rights : 0;
                    double d = (p[i] / z) - target;
                    for (int f = 0; f < n && f < q.Candidates[i].Features.Count; f++)
                    {
                        grad[f] += d * q.Candidates[i].Features[f];
                    }
                }
            }

            for (int f = 0; f < n; f++)
            {
                w[f] -= rate * ((grad[f] / ranked.Count) + (penalty * (w[f] - prior.Weights[f])));
            }
        }

        // Scores keep the prior's scale: other steps compare candidates by shares of the best score.
        double priorNorm = prior.Weights.Sum(Math.Abs);
        double norm = w.Sum(Math.Abs);
        if (norm > 0 && priorNorm > 0)
        {
            w = [.. w.Select(x => x * priorNorm / norm)];
        }

        // The smooth objective is a means to the end that counts: the right candidate first. From the better of the
        // prior and the smooth fit, each weight in turn is moved over a grid while that gets more questions right.
        var fitted = new RankingWeights(w, prior.MinCoverage);
        int before = ranked.Count(q => Top(q, prior).Right);
        if (ranked.Count(q => Top(q, fitted).Right) < before)
        {
            fitted = prior;
        }

        fitted = Refine(ranked, fitted);
        int after = ranked.Count(q => Top(q, fitted).Right);
        return new FitResult(
            fitted with { MinCoverage = prior.MinCoverage },
            ranked.Count,
            before,
            after,
            questions.Count(q => q.Candidates.Count > 0 && !q.RankOnly),
            Decisions(questions, prior, prior.MinCoverage),
            Decisions(questions, fitted, prior.MinCoverage));
    }

    private static readonly double[] Factors = [0, 0.25, 0.5, 0.75, 1.25, 1.5, 2, 3];

    private static RankingWeights Refine(List<FitQuestion> ranked, RankingWeights start)
    {
        double[] w = [.. start.Weights];
        int best = ranked.Count(q => Top(q, new RankingWeights(w, 0)).Right);
        for (int round = 0; round < 3; round++)
        {
            bool moved = false;
            for (int f = 0; f < w.Length; f++)
            {
                double original = w[f];
                foreach (double factor in Factors)
                {
                    double[] trial = [.. w];
                    trial[f] = original == 0 ? factor * 0.5 : original * factor;
                    int right = ranked.Count(q => Top(q, new RankingWeights(trial, 0)).Right);
                    if (right > best)
                    {
                        (best, w, moved) = (right, trial, true);
                    }
                }
            }

            if (!moved)
            {
                break;
            }
        }

        return start with { Weights = w };
    }

    /// <summary>
    /// Questions decided right at a threshold: an unanswerable one abstained on, an answerable one answered with a
    /// sentence that answers it among the quotes shown (<see cref="Quoted"/>: the lead is composed from them).
    /// </summary>
    private static int Decisions(IReadOnlyList<FitQuestion> questions, RankingWeights weights, double threshold) =>
        questions.Where(q => q.Candidates.Count > 0 && !q.RankOnly).Count(q =>
        {
            var best = q.Candidates.OrderByDescending(c => weights.Score(c.Features)).Take(Quoted).ToList();
            bool answers = best[0].Coverage >= threshold;
            return q.Abstain ? !answers : answers && best.Any(c => c.Right);
        });

    private const int Quoted = 3;

    private static FitCandidate Top(FitQuestion q, RankingWeights weights) =>
        q.Candidates.MaxBy(c => weights.Score(c.Features))!;
}
