namespace DiplomacyBot.Core.Articles;

/// <summary>
/// A candidate publication date found in an article. <see cref="Date"/> is null when the cue lacks a year
/// (a dateline such as "MOSCOW, Sept 28 (Reuters) -"); <see cref="Month"/> and <see cref="Day"/> then keep what it said.
/// </summary>
public sealed record DateCue(DateCueKind Kind, DateOnly? Date, string Text, int? Month = null, int? Day = null)
{
    public static DateCue Full(DateCueKind kind, DateOnly date, string text) => new(kind, date, text, date.Month, date.Day);

    public bool Agrees(DateOnly date) =>
        Date is { } d ? d == date : Month == date.Month && Day == date.Day;

    public override string ToString() =>
        $"{Kind.ToWireName()}: \"{Text}\"" + (Date is { } d ? $" ({d:yyyy-MM-dd})" : " (no year)");
}
