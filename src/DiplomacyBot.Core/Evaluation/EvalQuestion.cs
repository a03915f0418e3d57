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

    /// <summary>
    /// Whether any one of <see cref="Expect"/> makes the answer right ("expect_any" in the file: other ways
    /// of stating the same fact), rather than all of them.
    /// </summary>
    public bool AnyOf { get; init; }

    /// <summary>Whether a text holds the expected phrases: all of them, or with <see cref="AnyOf"/> any one.</summary>
    public bool Holds(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        bool Has(string phrase) => text.Contains(phrase, StringComparison.OrdinalIgnoreCase);
        return Expect.Count > 0 && (AnyOf ? Expect.Any(Has) : Expect.All(Has));
    }

    /// <summary>The kind of answer due when it is not a plain one: an abstention because the outcome is not reported yet.</summary>
    public Answering.AnswerOutcome? Outcome { get; init; }
}
