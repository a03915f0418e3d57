using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Evaluation;

namespace DiplomacyBot.Core.Tests.Evaluation;

public sealed class RankingFitterTests
{
    private static readonly RankingWeights Prior = new([1, 0, 0, 0, 0, 0, 0, 0, 0], 0.4);

    private static double[] Features(double bm25, double meaning) => [bm25, 0, 0, 0, 0, 0, 0, 0, meaning];

    [Fact]
    public void Fit_LearnsToWeighAFeatureThatPicksTheRightCandidate_AndKeepsTheThreshold()
    {
        // In every answerable question the right sentence is found by meaning while BM25 prefers another one; the
        // unanswerable questions' best candidates cover little of them.
        var random = new Random(5);
        var questions = new List<FitQuestion>();
        for (int i = 0; i < 40; i++)
        {
            double noise = random.NextDouble() * 0.1;
            questions.Add(new FitQuestion($"a{i}", false,
            [
                new FitCandidate(Features(1.0, 0.2 + noise), 0.8, Right: false),
                new FitCandidate(Features(0.6, 0.9 - noise), 0.7, Right: true),
                new FitCandidate(Features(0.3, 0.1), 0.3, Right: false),
            ]));
            questions.Add(new FitQuestion($"u{i}", true,
            [
                new FitCandidate(Features(1.0, 0.3), 0.35 + noise, Right: false),
                new FitCandidate(Features(0.5, 0.2), 0.2, Right: false),
            ]));
        }

        FitResult result = RankingFitter.Fit(questions, Prior);

        Assert.Equal(0, result.RightBefore);
        Assert.Equal(40, result.RightAfter);
        Assert.True(result.Weights.Weights[8] > 0);
        Assert.Equal(Prior.MinCoverage, result.Weights.MinCoverage);
        Assert.Equal(80, result.Decided);
    }

    [Fact]
    public void QuestionsForRankingOnly_TeachRanking_ButAreNotCountedAsDecisions()
    {
        // Quiz questions whose right sentence covers little of them: an abstention on them scores wrong whatever the
        // pages say, so they say nothing of when to abstain.
        var questions = new List<FitQuestion>();
        for (int i = 0; i < 20; i++)
        {
            questions.Add(new FitQuestion($"a{i}", false,
                [new FitCandidate(Features(1.0, 0.1), 0.8, Right: true), new FitCandidate(Features(0.4, 0), 0.4, Right: false)]));
            questions.Add(new FitQuestion($"u{i}", true,
                [new FitCandidate(Features(1.0, 0), 0.3, Right: false)]));
        }

        var quiz = Enumerable.Range(0, 60).Select(i => new FitQuestion($"quiz{i}", false,
            [new FitCandidate(Features(0.5, 0.9), 0.2, Right: true), new FitCandidate(Features(1.0, 0), 0.2, Right: false)]) { RankOnly = true }).ToList();

        FitResult alone = RankingFitter.Fit(questions, Prior);
        FitResult withQuiz = RankingFitter.Fit([.. questions, .. quiz], Prior);

        Assert.Equal(alone.Decided, withQuiz.Decided);
        Assert.Equal(alone.DecidedAfter, withQuiz.DecidedAfter);
        Assert.True(withQuiz.Weights.Weights[8] > 0);
        Assert.Equal(80, withQuiz.RightAfter);
    }

    [Fact]
    public void Fit_KeepsThePriorWhenTheDataGiveNoReasonToMove()
    {
        var questions = Enumerable.Range(0, 10).Select(i => new FitQuestion($"q{i}", false,
            [new FitCandidate(Features(1.0, 0), 0.9, Right: true), new FitCandidate(Features(0.5, 0), 0.5, Right: false)])).ToList();

        FitResult result = RankingFitter.Fit(questions, Prior);

        Assert.Equal(10, result.RightAfter);
        Assert.Equal(Prior.Weights, result.Weights.Weights);
    }
}

public sealed class RankingWeightsTests
{
    [Fact]
    public void TheShippedWeights_ReadBack_AndAFileTheFitterWritesReadsTheSame()
    {
        RankingWeights hybrid = RankingWeights.Default(vectors: true);
        RankingWeights lexical = RankingWeights.Default(vectors: false);
        Assert.Equal(RankingWeights.Features.Count, hybrid.Weights.Count);
        Assert.Equal(0, lexical.Weights[6]);

        var (h, l) = RankingWeights.Parse(RankingWeights.Write(hybrid, lexical), "written");
        Assert.Equal(hybrid.Weights, h.Weights);
        Assert.Equal(lexical.MinCoverage, l.MinCoverage);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"features": ["bm25"], "hybrid": {}, "lexical": {}}""")]
    [InlineData("""{"features": ["bm25", "words", "fit", "recency", "names", "period", "nearest", "nearest_unsaid", "meaning"], "hybrid": {"weights": [1, 2], "min_coverage": 0.4}, "lexical": {"weights": [1, 2], "min_coverage": 0.4}}""")]
    public void AMalformedWeightsFile_IsAnErrorNamingIt(string json)
    {
        var error = Assert.Throws<InvalidDataException>(() => RankingWeights.Parse(json, "weights.json"));
        Assert.StartsWith("weights.json:", error.Message, StringComparison.Ordinal);
    }
}
