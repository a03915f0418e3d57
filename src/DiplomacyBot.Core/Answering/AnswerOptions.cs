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
}
