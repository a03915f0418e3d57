namespace DiplomacyBot.Core.Evaluation;

/// <summary>
/// One development-set question: the phrases a correct answer contains and the article that answers it, or the
/// statement that the corpus cannot answer it.
/// </summary>
public sealed record EvalQuestion(string Question, string? Type, IReadOnlyList<string> Expect, string? Article, bool Abstain, int Line)
{
    /// <summary>The part of the set it belongs to: "tune" (what settings are chosen on) or "report" (what is reported); null when unsplit.</summary>
    public string? Split { get; init; }

    /// <summary>The corpus it is about ("sample", "reuters"), when the set covers several.</summary>
    public string? Corpus { get; init; }

    /// <summary>The kind of answer due when it is not a plain one: an abstention because the outcome is not reported yet.</summary>
    public Answering.AnswerOutcome? Outcome { get; init; }
}
