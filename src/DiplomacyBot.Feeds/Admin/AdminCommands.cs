using System.Globalization;
using DiplomacyBot.Core.Chat;
using DiplomacyBot.Core.Feeds;
using DiplomacyBot.Core.Ingestion;
using DiplomacyBot.Core.Search;
using DiplomacyBot.Core.Storage;
using DiplomacyBot.Feeds.Feeds;
using DiplomacyBot.Feeds.Web;

namespace DiplomacyBot.Feeds.Admin;

/// <summary>The admin commands from chat (the chat engine has already checked who asks): ingest a page, manage feeds, reindex.</summary>
public sealed class AdminCommands(
    WebPageIngestor pages,
    FeedPoller feeds,
    IngestGate gate,
    IArticleStore store,
    IPassageIndex index,
    ArticleParser parser,
    IngestOptions ingestOptions) : IAdminCommands
{
    public const string FeedsUsage = "Usage: feeds list | feeds add <url> | feeds remove <url>";

    public async Task<ChatReply> IngestUrlAsync(string url, CancellationToken cancellationToken)
    {
        if (!SafeUrl.TryParse(url, out Uri uri, out string error))
        {
            return ChatReply.Text($"Cannot ingest: {error}.");
        }

        IngestReport report = await pages.IngestUrlAsync(uri, cancellationToken).ConfigureAwait(false);
        if (report.Problems.Count > 0)
        {
            return ChatReply.Text($"Could not ingest {report.Problems[0]}.");
        }

        string outcome = report.Ingested > 0 ? "Ingested" : report.Replaced > 0 ? "Updated" : report.Duplicates > 0 ? "Already stored under another name:" : "Already stored, unchanged:";
        var items = report.NearDuplicateNotes.Select(n => new ChatItem(n.ToString(), null, [])).ToList();
        return new ChatReply($"{outcome} {SafeUrl.Display(uri)} ({report.Summary()}).", [], items);
    }

    public async Task<ChatReply> FeedsAsync(string arguments, CancellationToken cancellationToken)
    {
        string[] words = (arguments ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        string verb = words.Length == 0 ? "list" : words[0].ToLowerInvariant();
        switch (verb)
        {
            case "list" when words.Length == 1 || words.Length == 0:
                return List();
            case "add" when words.Length == 2:
                try
                {
                    FeedSubscription feed = await feeds.AddAsync(words[1], cancellationToken).ConfigureAwait(false);
                    return ChatReply.Text($"Subscribed to {SafeUrl.Display(feed.Url)}{(feed.Title is { } t ? $" ({t})" : string.Empty)}; it is polled from now on.");
                }
                catch (FetchException ex)
                {
                    return ChatReply.Text($"Not subscribed: {ex.Message}.");
                }

            case "remove" when words.Length == 2:
                return ChatReply.Text(feeds.Remove(words[1]) ? $"Unsubscribed from {words[1]}." : $"No feed {words[1]} is subscribed.");
            default:
                return ChatReply.Text(FeedsUsage);
        }
    }

    public async Task<ChatReply> ReindexAsync(CancellationToken cancellationToken)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        int count = await gate.RunAsync(() => Reindexer.Reindex(store, index, parser, ingestOptions.BatchSize, cancellationToken), cancellationToken).ConfigureAwait(false);
        return ChatReply.Text(string.Create(CultureInfo.InvariantCulture, $"Reindexed {count} articles in {watch.Elapsed.TotalSeconds:0.0} s."));
    }

    private ChatReply List()
    {
        var subscribed = feeds.List();
        if (subscribed.Count == 0)
        {
            return ChatReply.Text("No feeds are subscribed. Add one with: feeds add <url>");
        }

        var items = subscribed.Select(f => new ChatItem($"{f.Title ?? "(untitled feed)"} · {SafeUrl.Display(f.Url)}", FeedStatus.Describe(f), [])).ToList();
        return new ChatReply($"{Core.Text.Counted.Of(subscribed.Count, "subscribed feed")}:", [], items);
    }
}
