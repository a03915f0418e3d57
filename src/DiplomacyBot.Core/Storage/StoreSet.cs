namespace DiplomacyBot.Core.Storage;

/// <summary>An opened store and the sentence vectors kept in it; disposing the store closes both.</summary>
public sealed record StoreSet(IBotStore Store, IEmbeddingStore Embeddings);
