namespace DiplomacyBot.Core.Ingestion;

/// <summary>An input that cannot be read as an article; the message says why, in words a user can act on.</summary>
public sealed class ArticleFormatException(string message) : Exception(message);
