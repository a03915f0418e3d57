namespace DiplomacyBot.Core.Storage;

/// <summary>
/// The file the store is kept in, or null for a database server: indexes derived from a store file are kept beside it
/// unless configured elsewhere.
/// </summary>
public sealed record StoreFile(string? Path);
