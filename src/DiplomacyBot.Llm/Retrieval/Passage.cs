using DiplomacyBot.Core.Articles;

namespace DiplomacyBot.Llm.Retrieval;

/// <summary>
/// A run of consecutive sentences of one stored article, sent to the model under a short id ("P1"). The model sees
/// the article's title, outlet and date from the store; offsets index the article's original text.
/// </summary>
public sealed record Passage(string Id, Article Article, int FirstSentence, int LastSentence)
{
    public int Start => Article.Sentences[FirstSentence].Start;

    public int End => Article.Sentences[LastSentence].End;

    public string Text => Article.OriginalText[Start..End];

    public IEnumerable<Sentence> Sentences => Article.Sentences.Skip(FirstSentence).Take(LastSentence - FirstSentence + 1);
}
