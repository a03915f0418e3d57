namespace DiplomacyBot.Core.Storage;

/// <summary>Articles whose vectors were saved, and those whose vectors were removed, after some version of a model's vectors.</summary>
public sealed record VectorChanges(IReadOnlyCollection<string> Saved, IReadOnlyCollection<string> Removed);
