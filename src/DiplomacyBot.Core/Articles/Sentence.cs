using DiplomacyBot.Core.Time;

namespace DiplomacyBot.Core.Articles;

/// <summary>
/// A sentence of an article: its position, its character range in the original text, and the temporal expressions
/// found in it (offsets relative to the sentence, values resolved against the article's publication date).
/// </summary>
public sealed record Sentence(int Index, int Paragraph, int Start, int End, IReadOnlyList<TemporalExpression> Times)
{
    public string TextOf(Article article) => article.OriginalText[Start..End];
}
