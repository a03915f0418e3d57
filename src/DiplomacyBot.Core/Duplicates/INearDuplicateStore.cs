namespace DiplomacyBot.Core.Duplicates;

/// <summary>Where near-duplicate signatures and links are kept (the LiteDB store implements it).</summary>
public interface INearDuplicateStore
{
    IReadOnlyList<NearDuplicateRecord> NearDuplicateRecords();

    /// <summary>Copy id → original id, for every article linked to an original.</summary>
    IReadOnlyDictionary<string, string> NearDuplicateLinks();

    /// <summary>Inserts or replaces the records in one transaction.</summary>
    void SaveNearDuplicateRecords(IReadOnlyList<NearDuplicateRecord> records);
}
