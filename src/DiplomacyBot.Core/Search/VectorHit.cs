namespace DiplomacyBot.Core.Search;

/// <summary>
/// A sentence a vector search found, with its cosine similarity to the query and the content hash of the article it
/// was embedded from (a hit whose article has changed since is stale and is dropped by the caller).
/// </summary>
public readonly record struct VectorHit(SentenceKey Key, float Similarity, string ContentHash);
