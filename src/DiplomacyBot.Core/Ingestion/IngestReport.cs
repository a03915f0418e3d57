namespace DiplomacyBot.Core.Ingestion;

/// <summary>What an ingest did: counts by outcome, and one line per problem or duplicate.</summary>
public sealed class IngestReport
{
    public int Ingested { get; set; }

    public int Replaced { get; set; }

    public int Unchanged { get; set; }

    public int Duplicates => DuplicateNotes.Count;

    public int Failed => Problems.Count;

    public List<IngestProblem> Problems { get; } = [];

    public List<string> DuplicateNotes { get; } = [];

    /// <summary>
    /// One per syndicated copy linked to its original while ingesting; its <see cref="object.ToString"/> is the line to
    /// show. Kept as links rather than lines: a large ingest makes one for most of its articles.
    /// </summary>
    public List<Duplicates.NearDuplicateNote> NearDuplicateNotes { get; } = [];

    public long Bytes { get; set; }

    public TimeSpan Elapsed { get; set; }

    public bool IndexRebuilt { get; set; }

    public string Summary() =>
        $"{Ingested} ingested, {Replaced} replaced, {Unchanged} unchanged, {Text.Counted.Of(Duplicates, "duplicate")}, {Failed} failed";
}
