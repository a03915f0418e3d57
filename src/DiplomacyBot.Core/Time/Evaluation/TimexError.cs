namespace DiplomacyBot.Core.Time.Evaluation;

/// <summary>One scoring disagreement. <see cref="Family"/> is a coarse label for the expression ("weekday", "duration").</summary>
public sealed record TimexError(
    TimexErrorKind Kind,
    string Family,
    string DocumentId,
    string? GoldText,
    string? GoldValue,
    string? SystemText,
    string? SystemValue,
    string Context)
{
    public override string ToString() => Kind switch
    {
        TimexErrorKind.Missed => $"\"{GoldText}\" = {GoldValue}  [{DocumentId}: …{Context}…]",
        TimexErrorKind.Spurious => $"\"{SystemText}\" -> {SystemValue}  [{DocumentId}: …{Context}…]",
        _ => $"\"{GoldText}\" gold {GoldValue} / system \"{SystemText}\" {SystemValue}  [{DocumentId}: …{Context}…]",
    };
}
