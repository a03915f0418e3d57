using DiplomacyBot.Core.Evaluation;

namespace DiplomacyBot.Core.Tests.Evaluation;

public sealed class TimelineScorerTests
{
    private static readonly TimelineScorer Scorer = new(w => w.EndsWith('s') ? w[..^1] : w, new HashSet<string>(StringComparer.Ordinal) { "the", "a", "on" });

    private static ScoredTimeline Timeline(params (string Day, string Text)[] days) =>
        new(days.ToDictionary(d => DateOnly.Parse(d.Day, System.Globalization.CultureInfo.InvariantCulture), d => (IReadOnlyList<string>)[d.Text]));

    [Fact]
    public void TheGoldTimelineItself_ScoresOneEverywhere()
    {
        var gold = Timeline(("2010-04-20", "The rig exploded."), ("2010-07-15", "The well was capped."));

        TimelineScores scores = Scorer.Score(gold, gold);

        Assert.Equal(1, scores.Dates.F1, 6);
        Assert.Equal(1, scores.AlignedRouge1.F1, 6);
        Assert.Equal(1, scores.AlignedRouge2.F1, 6);
        Assert.Equal(1, scores.ConcatRouge1.F1, 6);
    }

    [Fact]
    public void ADayOff_CountsItsWordsAtHalf_AndNoDateMatches()
    {
        var gold = Timeline(("2010-04-20", "rig exploded"));
        var system = Timeline(("2010-04-21", "rig exploded"));

        TimelineScores scores = Scorer.Score(system, gold);

        Assert.Equal(0, scores.Dates.F1, 6);
        Assert.Equal(0.5, scores.AlignedRouge1.Precision, 6);
        Assert.Equal(0.5, scores.AlignedRouge1.Recall, 6);
        Assert.Equal(1, scores.ConcatRouge1.F1, 6);
    }

    [Fact]
    public void StopWordsAreDropped_AndWordsStemmed()
    {
        Assert.Equal(["rig", "exploded"], Scorer.Tokens("The rigs exploded."));
    }

    [Fact]
    public void Means_AreOfPrecisionAndRecall_ThenF()
    {
        var mean = PrecisionRecall.Mean([new PrecisionRecall(1, 0), new PrecisionRecall(0, 1)]);

        Assert.Equal(0.5, mean.Precision, 6);
        Assert.Equal(0.5, mean.F1, 6);
    }
}
