namespace DiplomacyBot.Core.Answering;

/// <summary>
/// The platform-neutral answer: a one-line lead, whether the bot abstained, and the evidence. When it abstains,
/// <see cref="Citations"/> holds the closest passages, shown as such rather than as support.
/// </summary>
public sealed record Answer(string Question, string Lead, bool Abstained, IReadOnlyList<Citation> Citations)
{
    /// <summary>What kind of answer this is; by default answered, or not covered when the bot abstained.</summary>
    public AnswerOutcome Outcome { get; init; } = Abstained ? AnswerOutcome.NotCovered : AnswerOutcome.Answered;
}
