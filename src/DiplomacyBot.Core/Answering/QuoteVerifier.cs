using DiplomacyBot.Core.Articles;

namespace DiplomacyBot.Core.Answering;

/// <summary>The rule every quote obeys: it is exactly the stored article's original text at its offsets.</summary>
public static class QuoteVerifier
{
    public static bool IsVerbatim(Article article, Citation citation) =>
        citation.ArticleId == article.Id
        && citation.Start >= 0 && citation.End <= article.OriginalText.Length && citation.Start < citation.End
        && article.OriginalText.AsSpan(citation.Start, citation.End - citation.Start).SequenceEqual(citation.Quote);
}
