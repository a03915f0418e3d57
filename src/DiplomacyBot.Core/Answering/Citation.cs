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
    public static Citation From(Article article, Sentence sentence, double score) => new(
        article.Id,
        article.Title,
        article.Outlet,
        article.Published.Value,
        article.Published.Basis,
        sentence.TextOf(article),
        sentence.Start,
        sentence.End,
        article.Url ?? article.Source,
        Math.Round(score, 4));
}
