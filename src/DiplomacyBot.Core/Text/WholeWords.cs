namespace DiplomacyBot.Core.Text;

/// <summary>Words and phrases found whole in a text, in any case: "Thai" is in "the Thai cabinet", not in "Thailand".</summary>
public static class WholeWords
{
    public static bool Contain(string text, string word)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrEmpty(word);
        for (int i = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            int end = i + word.Length;
            if ((i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }
}
