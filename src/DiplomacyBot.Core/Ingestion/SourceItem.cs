namespace DiplomacyBot.Core.Ingestion;

/// <summary>What the reader yields for each input: an article to parse, or a problem to report.</summary>
public readonly record struct SourceItem(RawArticle? Article, IngestProblem? Problem)
{
    public static SourceItem Of(RawArticle article) => new(article, null);

    public static SourceItem Fail(string input, int? line, string message) => new(null, new IngestProblem(input, line, message));
}
