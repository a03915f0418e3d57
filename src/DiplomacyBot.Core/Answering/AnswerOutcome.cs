namespace DiplomacyBot.Core.Answering;

/// <summary>What kind of answer the bot gave, for callers that act on it rather than read the lead.</summary>
public enum AnswerOutcome
{
    /// <summary>The lead states the fact asked for, from the quoted evidence.</summary>
    Answered,

    /// <summary>The stored articles do not say; the quotes are the closest passages.</summary>
    NotCovered,

    /// <summary>
    /// The question asks for an outcome the articles only expect (a meeting still planned, a vote still due): the lead
    /// says what the latest report expects.
    /// </summary>
    NotYetReported,

    /// <summary>The question asks about a period no stored article on the subject comes from.</summary>
    OutsidePeriod,

    /// <summary>The text holds nothing to look for.</summary>
    NotAQuestion,
}

public static class AnswerOutcomeNames
{
    /// <summary>The outcome as written in JSON: answered, not_covered, not_yet_reported, outside_period, not_a_question.</summary>
    public static string ToWireName(this AnswerOutcome outcome) => outcome switch
    {
        AnswerOutcome.Answered => "answered",
        AnswerOutcome.NotCovered => "not_covered",
        AnswerOutcome.NotYetReported => "not_yet_reported",
        AnswerOutcome.OutsidePeriod => "outside_period",
        AnswerOutcome.NotAQuestion => "not_a_question",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    public static AnswerOutcome? FromWireName(string? name) => name switch
    {
        "answered" => AnswerOutcome.Answered,
        "not_covered" => AnswerOutcome.NotCovered,
        "not_yet_reported" => AnswerOutcome.NotYetReported,
        "outside_period" => AnswerOutcome.OutsidePeriod,
        "not_a_question" => AnswerOutcome.NotAQuestion,
        _ => null,
    };
}
