namespace DiplomacyBot.Core.Ingestion;

/// <summary>One input that could not be ingested: which file (and line), and why.</summary>
public sealed record IngestProblem(string Input, int? Line, string Message)
{
    public override string ToString() => Line is { } line ? $"{Input}:{line}: {Message}" : $"{Input}: {Message}";
}
