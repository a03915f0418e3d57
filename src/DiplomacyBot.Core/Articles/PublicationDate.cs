namespace DiplomacyBot.Core.Articles;

/// <summary>
/// The article's publication date as established from its cues: the value (null when unknown), the cue it rests on,
/// and every cue that contradicts it, kept visible rather than silently dropped.
/// </summary>
public sealed record PublicationDate(DateOnly? Value, DateBasis Basis, IReadOnlyList<DateCue> Cues, IReadOnlyList<DateCue> Conflicts)
{
    public static PublicationDate Unknown(IReadOnlyList<DateCue> cues) => new(null, DateBasis.Unknown, cues, cues);

    public bool IsKnown => Value.HasValue;
}
