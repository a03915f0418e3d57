using DiplomacyBot.Core.Articles;

namespace DiplomacyBot.Core.Answering;

/// <summary>
/// A verbatim quote and where it comes from. <see cref="Quote"/> always equals the article's original text at
/// [<see cref="Start"/>, <see cref="End"/>); title, outlet and date come from the store, never from a model.
/// </summary>
public sealed record Citation(
    string ArticleId,
    string Title,
    string? Outlet,
    DateOnly? Published,
    DateBasis DateBasis,
    string Quote,
    int Start,
    int End,
    string Source,
    double Score)
{
    public static Citation From(Article article, Sentence sentence, double score) => From(article, sentence.Start, sentence.End, score);

    /// <summary>The article's text from <paramref name="start"/> to <paramref name="end"/> as a quote, with where it comes from.</summary>
    public static Citation From(Article article, int start, int end, double score) => new(
        article.Id,
        article.Title,
        article.Outlet,
        article.Published.Value,
        article.Published.Basis,
        article.OriginalText[start..end],
        start,
        end,
        article.Url ?? article.Source,
        Math.Round(score, 4));

    /// <summary>The sentence as a citation, or null when its quote is not verbatim in the stored text (such a quote is never shown).</summary>
    public static Citation? Verified(Article article, Sentence sentence, double score) =>
        From(article, sentence, score) is var citation && QuoteVerifier.IsVerbatim(article, citation) ? citation : null;
}
