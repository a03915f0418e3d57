namespace DiplomacyBot.Core.Search;

/// <summary>A sentence of a stored article.</summary>
public readonly record struct SentenceKey(string ArticleId, int SentenceIndex);
