using System.Text.Json;
using System.Text.RegularExpressions;
using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Llm.Retrieval;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DiplomacyBot.Llm.Answering;

/// <summary>
/// Checks a model's reply against the passages it was sent, before anything is shown:
/// <list type="bullet">
/// <item>it must be the JSON the prompt asks for, with an answer (a null answer is the model declining);</item>
/// <item>every passage id it cites must be one it was sent, and it must cite at least one;</item>
/// <item>words it puts in quotation marks in its answer must be in a cited passage, and every year it names must be in
/// a cited passage or be a cited article's year of publication;</item>
/// <item>each quote must be in the cited article verbatim (typography aside): it is then shown as the article's own
/// text; one that paraphrases a sentence of the passage is replaced by that sentence; any other is removed.</item>
/// </list>
/// Titles, outlets and dates always come from the store. A passage the answer cites without a surviving quote is
/// shown by its leading sentence, so every claim keeps its evidence.
/// </summary>
public sealed partial class AnswerVerifier(int maxQuotes, ILogger? logger = null)
{
    public const int MaxLeadLength = 1200;

    /// <summary>A quote shorter than this many words is shown as the whole sentence it belongs to.</summary>
    public const int MinQuoteWords = 4;

    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    [GeneratedRegex(@"\[\s*(P\d+(?:\s*[,;]\s*P\d+)*)\s*\]")]
    private static partial Regex CitationMarker();

    [GeneratedRegex(@"P\d+")]
    private static partial Regex PassageId();

    [GeneratedRegex("[\"\u201C\u201D]([^\"\u201C\u201D]{8,})[\"\u201C\u201D]")]
    private static partial Regex QuotedSpan();

    [GeneratedRegex(@"\b(1[89]\d\d|20\d\d)\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s+([.,;:!?])")]
    private static partial Regex SpaceBeforePunctuation();

    public VerifiedAnswer Verify(string question, string? reply, IReadOnlyList<Passage> passages)
    {
        ArgumentNullException.ThrowIfNull(passages);
        if (ModelJson.Extract(reply) is not { } json)
        {
            return VerifiedAnswer.Fail("the reply was not the JSON object the prompt asks for");
        }

        if (!json.TryGetProperty("answer", out JsonElement answerElement) || answerElement.ValueKind != JsonValueKind.String
            || answerElement.GetString() is not { Length: > 0 } answerText || string.IsNullOrWhiteSpace(answerText))
        {
            return VerifiedAnswer.Fail("the model declined: the passages do not answer the question");
        }

        var byId = passages.ToDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);
        var citedInText = CitationMarker().Matches(answerText).SelectMany(m => PassageId().Matches(m.Groups[1].Value)).Select(m => m.Value).ToList();
        if (citedInText.FirstOrDefault(id => !byId.ContainsKey(id)) is { } unknown)
        {
            return VerifiedAnswer.Fail($"the answer cites {unknown}, which was not sent");
        }

        var quotes = ModelJson.Array(json, "quotes")
            .Where(q => q.ValueKind == JsonValueKind.Object)
            .Select(q => (Passage: ModelJson.String(q, "passage")?.Trim() ?? string.Empty, Quote: ModelJson.String(q, "quote") ?? string.Empty))
            .Where(q => q.Quote.Trim().Length > 0)
            .ToList();

        var cited = citedInText.Concat(quotes.Select(q => q.Passage).Where(byId.ContainsKey))
            .Select(id => byId[id]).Distinct().ToList();
        if (cited.Count == 0)
        {
            return VerifiedAnswer.Fail("the answer cites no passage");
        }

        string lead = Tidy(CitationMarker().Replace(answerText, string.Empty));
        if (lead.Length == 0 || lead.Length > MaxLeadLength)
        {
            return VerifiedAnswer.Fail(lead.Length == 0 ? "the answer is empty once its citations are removed" : "the answer is far longer than asked");
        }

        foreach (Match quoted in QuotedSpan().Matches(lead))
        {
            if (QuoteLocator.WordCount(quoted.Groups[1].Value) >= 3 && !cited.Any(p => QuoteLocator.Find(p.Article.OriginalText, quoted.Groups[1].Value) is not null))
            {
                return VerifiedAnswer.Fail("the answer puts words in quotation marks that no cited passage contains");
            }
        }

        foreach (Match year in Year().Matches(lead))
        {
            if (!cited.Any(p => p.Text.Contains(year.Value, StringComparison.Ordinal) || p.Article.Title.Contains(year.Value, StringComparison.Ordinal)
                || p.Article.Published.Value?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) == year.Value))
            {
                return VerifiedAnswer.Fail($"the answer names the year {year.Value}, which no cited passage supports");
            }
        }

        int verified = 0, replaced = 0, removed = 0;
        var citations = new List<Citation>();
        foreach (var (passageId, quote) in quotes)
        {
            if (!byId.TryGetValue(passageId, out Passage? passage))
            {
                removed++;
                LlmLog.QuoteRemoved(_logger, passageId.Length > 0 && passageId.Length <= 8 ? passageId : "(unknown)");
                continue;
            }

            Citation? citation = Locate(passage, quote, out bool wasReplaced);
            if (citation is null)
            {
                removed++;
                LlmLog.QuoteRemoved(_logger, passage.Id);
                continue;
            }

            if (wasReplaced)
            {
                replaced++;
            }
            else
            {
                verified++;
            }

            Add(citations, citation);
        }

        foreach (Passage passage in citedInText.Select(id => byId[id]).Distinct().Where(p => !citations.Any(c => c.ArticleId == p.Article.Id && c.Start < p.End && p.Start < c.End)))
        {
            // The claim cites a passage whose quote did not survive (or was never given): show the passage's sentence
            // that shares most words with the answer.
            Add(citations, Citation.From(passage.Article, QuoteLocator.ClosestSentence(passage.Article, passage.Sentences, lead), 1.0));
        }

        var shown = citations.Where(c => passages.Any(p => p.Article.Id == c.ArticleId && QuoteVerifier.IsVerbatim(p.Article, c))).Take(maxQuotes).ToList();
        if (shown.Count == 0)
        {
            return VerifiedAnswer.Fail("no quote survived verification");
        }

        return new VerifiedAnswer(new Answer(question, lead, false, shown), null, verified, replaced, removed);
    }

    private static Citation? Locate(Passage passage, string quote, out bool replaced)
    {
        replaced = false;
        Article article = passage.Article;
        if (QuoteLocator.Find(article.OriginalText, quote, passage.Start, passage.End) is { } span)
        {
            Sentence? within = article.Sentences.FirstOrDefault(s => s.Start <= span.Start && span.End <= s.End);
            if (QuoteLocator.WordCount(article.OriginalText[span.Start..span.End]) < MinQuoteWords && within is not null)
            {
                return Citation.From(article, within, 1.0);
            }

            return Citation.From(article, span.Start, span.End, 1.0);
        }

        if (QuoteLocator.Paraphrased(article, passage.Sentences, quote) is { } sentence)
        {
            replaced = true;
            return Citation.From(article, sentence, 1.0);
        }

        return null;
    }

    private static void Add(List<Citation> citations, Citation citation)
    {
        if (!citations.Any(c => c.ArticleId == citation.ArticleId && c.Start < citation.End && citation.Start < c.End))
        {
            citations.Add(citation);
        }
    }

    private static string Tidy(string text) => SpaceBeforePunctuation().Replace(Spaces().Replace(text.Trim(), " "), "$1").Trim();
}
