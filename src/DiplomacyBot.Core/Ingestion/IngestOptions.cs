namespace DiplomacyBot.Core.Ingestion;

/// <summary>Limits and batching for ingestion (configuration section "Ingest").</summary>
public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>The largest article accepted: a text file, or one JSON line. Default 10 MB.</summary>
    public long MaxArticleBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Articles written per store transaction and index commit.</summary>
    public int BatchSize { get; set; } = 500;
}
