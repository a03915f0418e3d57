using DiplomacyBot.Core.Articles;

namespace DiplomacyBot.Core.Answering;

/// <summary>A candidate sentence with the features it was ranked on.</summary>
internal sealed record ScoredSentence(Article Article, Sentence Sentence, double Score, double Coverage, double Bm25, double TypeFit)
{
    /// <summary>A name the question asks about is absent from the sentence, the one before it and the title.</summary>
    public bool MissesName { get; init; }

    /// <summary>
    /// The question's rarest word in the corpus (its most distinctive: a company, a place typed in lower case) is absent
    /// from the sentence, the ones before it and the title.
    /// </summary>
    public bool MissesRarest { get; init; }

    /// <summary>For a question about a numbered event: whether this sentence, the one before it or the title reports that event.</summary>
    public bool? OnAskedEvent { get; init; }

    /// <summary>The question's groups the sentence itself holds, as bits.</summary>
    public ulong TextGroups { get; init; }

    public RankingSignals Signals { get; init; } = RankingSignals.None;

    /// <summary>The features the score weighs, in the order of <see cref="RankingWeights.Features"/>.</summary>
    public double[] Features { get; init; } = [];
}
