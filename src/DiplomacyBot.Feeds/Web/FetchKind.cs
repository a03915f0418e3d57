namespace DiplomacyBot.Feeds.Web;

/// <summary>What a fetch expects, which decides the Accept header and the content types taken.</summary>
public enum FetchKind
{
    Page,
    Feed,
}
