namespace DiplomacyBot.Core.Time.Evaluation;

/// <summary>Errors of one kind in one expression family, most frequent first in a report.</summary>
public sealed record TimexErrorGroup(TimexErrorKind Kind, string Family, int Count, IReadOnlyList<TimexError> Examples);
