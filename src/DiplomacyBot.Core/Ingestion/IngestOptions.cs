namespace DiplomacyBot.Core.Ingestion;

/// <summary>Limits and batching for ingestion (configuration section "Ingest").</summary>
public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>The largest article accepted: a text file, or one JSON line. Default 10 MB.</summary>
    public long MaxArticleBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Articles written per store transaction and index commit.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>
    /// After every so many articles a long ingest compacts the heap (0 never does). Background collections only sweep,
    /// so the space left by retired batches and index buffers would otherwise grow to a third of the heap; the
    /// long-lived data is a few large arrays, so a compacting collection is short. An ingest that reached this many
    /// articles also ends by merging the index into one segment and compacting the heap once more.
    /// </summary>
    public int CompactEvery { get; set; } = 20_000;
}
