using DiplomacyBot.Core.Articles;

namespace DiplomacyBot.Core.Answering;

/// <summary>A candidate sentence with the features it was ranked on.</summary>
internal sealed record ScoredSentence(Article Article, Sentence Sentence, double Score, double Coverage, double Bm25, double TypeFit)
{
    /// <summary>A name the question asks about is absent from the sentence, the one before it and the title.</summary>
    public bool MissesName { get; init; }

    /// <summary>For a question about a numbered event: whether this sentence, the one before it or the title reports that event.</summary>
    public bool? OnAskedEvent { get; init; }

    /// <summary>The question's groups the sentence itself holds, as bits.</summary>
    public ulong TextGroups { get; init; }

    /// <summary>The share of the question's concepts the article's title holds.</summary>
    public double TitleCoverage { get; init; }

    /// <summary>The share of the question's concepts found in the sentence's words (before meaning is counted).</summary>
    public double LexicalCoverage { get; init; }

    /// <summary>Cosine similarity of the sentence to the question; null without sentence vectors.</summary>
    public double? Similarity { get; init; }

    /// <summary>Place in the BM25 ranking (1 is best; 0 when only found by meaning).</summary>
    public int Bm25Rank { get; init; }

    /// <summary>Place among the sentences nearest the question in meaning (1 is nearest; 0 when not among them).</summary>
    public int VectorRank { get; init; }

    /// <summary>The features the score weighs, in the order of <see cref="RankingWeights.Features"/>.</summary>
    public double[] Features { get; init; } = [];
}
