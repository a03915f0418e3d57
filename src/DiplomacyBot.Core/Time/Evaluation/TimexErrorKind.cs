namespace DiplomacyBot.Core.Time.Evaluation;

public enum TimexErrorKind
{
    /// <summary>A gold expression no system expression overlaps.</summary>
    Missed,

    /// <summary>A system expression that overlaps no gold expression.</summary>
    Spurious,

    /// <summary>Overlapping expressions with different values.</summary>
    WrongValue,

    /// <summary>Overlapping expressions with the right value but different types.</summary>
    WrongType,
}
