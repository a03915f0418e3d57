namespace DiplomacyBot.Core.Storage;

/// <summary>
/// One sentence's vector under one model. <see cref="ContentHash"/> is the article's content hash when it was embedded,
/// so a vector of an article that has since changed is recognised as stale.
/// </summary>
public sealed record SentenceEmbedding(string ArticleId, int SentenceIndex, string Model, string ContentHash, float[] Vector);
