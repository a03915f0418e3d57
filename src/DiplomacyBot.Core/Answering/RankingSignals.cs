namespace DiplomacyBot.Core.Answering;

/// <summary>
/// How a candidate sentence was found and how much of the question it and its article's title cover: what its features
/// are computed from, kept beside them so <c>ask --explain</c> and <c>eval</c> can show them.
/// </summary>
/// <param name="LexicalCoverage">The share of the question's concepts found in the sentence's words (before meaning is counted).</param>
/// <param name="Similarity">Cosine similarity of the sentence to the question; null without sentence vectors.</param>
/// <param name="Bm25Rank">Place in the BM25 ranking (1 is best; 0 when only found by meaning).</param>
/// <param name="VectorRank">Place among the sentences nearest the question in meaning (1 is nearest; 0 when not among them).</param>
/// <param name="TitleCoverage">The share of the question's concepts the article's title holds.</param>
public sealed record RankingSignals(double LexicalCoverage, double? Similarity, int Bm25Rank, int VectorRank, double TitleCoverage)
{
    /// <summary>The signals of a sentence that was not ranked against the question (a lede or a neighbour taken as it is).</summary>
    public static RankingSignals None { get; } = new(0, null, 0, 0, 0);
}
