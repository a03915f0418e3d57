namespace DiplomacyBot.Core.Duplicates;

/// <summary>A link made while ingesting: <see cref="CopyId"/> is another report of the story in <see cref="OriginalId"/>.</summary>
public sealed record NearDuplicateNote(string CopyId, string OriginalId, double Similarity)
{
    public override string ToString() =>
        $"'{CopyId}' is a near-duplicate of '{OriginalId}' (similarity {Similarity:0.00}); linked to it as a copy";
}
