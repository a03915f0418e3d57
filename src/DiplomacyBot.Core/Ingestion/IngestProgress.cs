namespace DiplomacyBot.Core.Ingestion;

/// <summary>Progress of an ingest, in articles and in bytes read.</summary>
public readonly record struct IngestProgress(int Articles, long Bytes, string? Current);
