using Lucene.Net.Tartarus.Snowball.Ext;

namespace DiplomacyBot.Search;

/// <summary>English word forms as the search index and the ROUGE scorer see them.</summary>
public static class EnglishText
{
    [ThreadStatic]
    private static PorterStemmer? _stemmer;

    /// <summary>The Porter stem of a lower-case word ("talks" -> "talk", "agreed" -> "agre").</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        PorterStemmer stemmer = _stemmer ??= new PorterStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }
}
