namespace DiplomacyBot.Core.Articles;

/// <summary>A half-open character range [Start, End) into an article's original text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public string Slice(string text) => text[Start..End];
}
