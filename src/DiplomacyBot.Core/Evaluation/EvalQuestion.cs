namespace DiplomacyBot.Core.Evaluation;

/// <summary>
/// One development-set question: the phrases a correct answer contains and the article that answers it, or the
/// statement that the corpus cannot answer it.
/// </summary>
public sealed record EvalQuestion(string Question, string? Type, IReadOnlyList<string> Expect, string? Article, bool Abstain, int Line);
