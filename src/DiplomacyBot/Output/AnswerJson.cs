using System.Globalization;
using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Articles;

namespace DiplomacyBot.Output;

/// <summary>The stable JSON contract of <c>ask --json</c>.</summary>
public sealed record AnswerJson(string Question, string Answer, bool Abstained, IReadOnlyList<CitationJson> Citations)
{
    /// <summary>answered, not_covered, not_yet_reported, outside_period or not_a_question.</summary>
    public string Outcome { get; init; } = Abstained ? "not_covered" : "answered";

    public static AnswerJson From(Answer answer) =>
        new(answer.Question, answer.Lead, answer.Abstained, answer.Citations.Select(CitationJson.From).ToList()) { Outcome = answer.Outcome.ToWireName() };
}

public sealed record CitationJson(
    string ArticleId,
    string Title,
    string? Outlet,
    string? Published,
    string DateBasis,
    string Quote,
    int Start,
    int End,
    string Source,
    double Score)
{
    public static CitationJson From(Citation c) => new(
        c.ArticleId,
        c.Title,
        c.Outlet,
        c.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        c.DateBasis.ToWireName(),
        c.Quote,
        c.Start,
        c.End,
        c.Source,
        c.Score);
}
