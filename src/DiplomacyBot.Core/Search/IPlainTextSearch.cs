namespace DiplomacyBot.Core.Search;

/// <summary>
/// A plain BM25 query on the index, the baseline the benchmark times answering against: the text's words as optional
/// terms, the top <c>limit</c> sentences read with their stored fields.
/// </summary>
public interface IPlainTextSearch
{
    /// <summary>Runs the query; returns how many sentences were read.</summary>
    int SearchPlain(string text, int limit);
}
