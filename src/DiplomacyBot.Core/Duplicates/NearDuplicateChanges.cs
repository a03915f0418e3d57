namespace DiplomacyBot.Core.Duplicates;

/// <summary>What linking one batch changed: the batch's records, the stored articles moved to another original, and the new links.</summary>
public sealed record NearDuplicateChanges(
    IReadOnlyList<NearDuplicateRecord> Records, IReadOnlyList<NearDuplicateRelink> Relinks, IReadOnlyList<NearDuplicateNote> Notes)
{
    public bool IsEmpty => Records.Count == 0 && Relinks.Count == 0;
}
