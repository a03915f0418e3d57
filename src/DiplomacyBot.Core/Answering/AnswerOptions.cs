namespace DiplomacyBot.Core.Answering;

/// <summary>Tuning for the extractive answerer (configuration section "Answer").</summary>
public sealed class AnswerOptions
{
    public const string Section = "Answer";

    /// <summary>Below this share of the question's (IDF-weighted) concepts found in the best sentence, the bot abstains.</summary>
    public double MinCoverage { get; set; } = 0.4;

    public int MaxQuotes { get; set; } = 3;

    /// <summary>How many BM25 hits are reranked.</summary>
    public int Candidates { get; set; } = 60;

    /// <summary>With sentence vectors: how many sentences nearest the question in meaning join BM25's candidates.</summary>
    public int VectorCandidates { get; set; } = 30;

    /// <summary>The cosine similarity below which a sentence is not counted as matching the question in meaning.</summary>
    public double SemanticFloor { get; set; } = 0.55;

    /// <summary>The cosine similarity from which a sentence counts as covering the whole question in meaning.</summary>
    public double SemanticFull { get; set; } = 0.75;

    /// <summary>A ranking weights file (as <c>eval fit</c> writes) to use instead of the shipped one.</summary>
    public string? WeightsPath { get; set; }

    /// <summary>The same options, but abstaining below another coverage of the question.</summary>
    public AnswerOptions WithMinCoverage(double minCoverage)
    {
        var copy = (AnswerOptions)MemberwiseClone();
        copy.MinCoverage = minCoverage;
        return copy;
    }
}
