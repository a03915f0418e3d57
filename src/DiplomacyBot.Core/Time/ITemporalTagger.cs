namespace DiplomacyBot.Core.Time;

/// <summary>
/// Finds temporal expressions in text and resolves them against a reference date (normally the article's
/// publication date). Without a reference date, expressions that need one keep unresolved parts ("XXXX").
/// </summary>
public interface ITemporalTagger
{
    IReadOnlyList<TemporalExpression> Tag(string text, DateOnly? referenceDate);
}
