using DiplomacyBot.Core.Articles;

namespace DiplomacyBot.Core.Search;

/// <summary>
/// What is embedded for a sentence: the sentence with its article's title before it ("MEXICO TO SIGN LOAN: The
/// signing is set for next week."), so that a sentence leaning on its article for what it is about is found by that.
/// On the development questions worded as users word them this found the answering sentence far more often than the
/// sentence alone (see the README's evaluation). Vectors are stored under the model's name and this form together, so
/// vectors of another form are never compared with these.
/// </summary>
public static class Passages
{
    public const string Form = "titled";

    /// <summary>The name vectors of this form are stored and indexed under, for a model.</summary>
    public static string Key(string model) => $"{model}+{Form}";

    /// <summary>The text embedded for a sentence of an article.</summary>
    public static string Text(Article article, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(sentence);
        string text = sentence.TextOf(article);
        string title = article.Title.Trim();
        return title.Length == 0 || text.StartsWith(title, StringComparison.OrdinalIgnoreCase) ? text : $"{title}: {text}";
    }
}
