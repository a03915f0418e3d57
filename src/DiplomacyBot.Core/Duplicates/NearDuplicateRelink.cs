namespace DiplomacyBot.Core.Duplicates;

/// <summary>
/// A stored article's new place in its group: the original it now copies (null when it is the original itself) and
/// their similarity. Its signature, hash and dates are unchanged.
/// </summary>
public sealed record NearDuplicateRelink(string ArticleId, string? OriginalId, double Similarity);
