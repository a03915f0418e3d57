namespace DiplomacyBot.Core.Ingestion;

/// <summary>
/// Turns an HTML page into a raw article: its main text without page furniture, its title, byline and outlet, and
/// the publication date its metadata gives. Implemented outside the core (it needs an HTML parser).
/// </summary>
public interface IHtmlArticleExtractor
{
    /// <param name="html">The page's bytes as read or fetched.</param>
    /// <param name="charset">The charset the server declared, if any; otherwise the page's own declaration or UTF-8.</param>
    /// <param name="source">Where the page came from (a path or the URL asked for): what problems name.</param>
    /// <param name="id">The article id to give it.</param>
    /// <param name="url">The page's address, for relative links and a date in the URL; null for a local file.</param>
    SourceItem Extract(byte[] html, string? charset, string source, string id, Uri? url);
}
