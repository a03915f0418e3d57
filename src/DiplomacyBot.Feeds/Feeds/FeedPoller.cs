using DiplomacyBot.Core.Feeds;
using DiplomacyBot.Core.Ingestion;
using DiplomacyBot.Core.Storage;
using DiplomacyBot.Feeds.Html;
using DiplomacyBot.Feeds.Web;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiplomacyBot.Feeds.Feeds;

/// <summary>
/// Subscribes, lists, removes and polls feeds. A poll sends the stored ETag and Last-Modified (a 304 costs nothing),
/// reads the items, and ingests each new one from its page (or, when the page fails, from the content the feed
/// carries); an item is remembered once ingested, so it is never ingested twice, and given up after
/// <see cref="FeedsOptions.MaxItemAttempts"/> failed polls. A failed poll doubles the wait before the next, up to
/// <see cref="FeedsOptions.MaxBackoff"/> (longer if the server asked with Retry-After); a good one resets it. With a
/// lease store (replicas sharing one store), each feed is polled under a lease, so one replica at a time polls it; a
/// replica that dies holding one lets it expire after <see cref="LeaseTime"/>, and another takes the feed over.
/// </summary>
public sealed partial class FeedPoller(
    IFeedStore store,
    WebFetcher fetcher,
    WebPageIngestor pages,
    IHtmlArticleExtractor extractor,
    IngestGate gate,
    IOptions<FeedsOptions> options,
    TimeProvider time,
    ILogger<FeedPoller> logger,
    ILeaseStore? leases = null)
{
    /// <summary>How long a feed's lease lasts: longer than a poll takes.</summary>
    public static readonly TimeSpan LeaseTime = TimeSpan.FromMinutes(10);

    /// <summary>Inline feed content shorter than this (in characters of text) is a teaser, not an article.</summary>
    public const int MinInlineContent = 200;

    /// <summary>Checks that the URL serves a readable feed, then subscribes to it; it is first polled at once.</summary>
    public async Task<FeedSubscription> AddAsync(string url, CancellationToken cancellationToken)
    {
        if (!SafeUrl.TryParse(url, out Uri uri, out string error))
        {
            throw new FetchException(error);
        }

        if (store.Feed(uri.ToString()) is not null)
        {
            throw new FetchException($"{SafeUrl.Display(uri)}: already subscribed");
        }

        FetchResult fetched = await fetcher.FetchAsync(uri, FetchKind.Feed, cancellationToken: cancellationToken).ConfigureAwait(false);
        ParsedFeed feed = FeedParser.Parse(fetched.Body, fetched.Charset, uri);
        DateTimeOffset now = time.GetUtcNow();
        var subscription = new FeedSubscription { Url = uri.ToString(), Title = feed.Title, AddedAt = now, NextPollAt = now };
        if (!store.AddFeed(subscription))
        {
            throw new FetchException($"{SafeUrl.Display(uri)}: already subscribed");
        }

        return subscription;
    }

    public bool Remove(string url) =>
        store.RemoveFeed(url) || (SafeUrl.TryParse(url, out Uri uri, out _) && store.RemoveFeed(uri.ToString()));

    public IReadOnlyList<FeedSubscription> List() => store.Feeds();

    /// <summary>When the next feed is due, or null when there are none.</summary>
    public DateTimeOffset? NextDue() => store.Feeds().Select(f => (DateTimeOffset?)f.NextPollAt).Min();

    /// <summary>Polls every feed that is due (or all, with <paramref name="all"/>), one after another.</summary>
    public async Task<IReadOnlyList<FeedPollResult>> PollDueAsync(bool all = false, CancellationToken cancellationToken = default)
    {
        var results = new List<FeedPollResult>();
        DateTimeOffset now = time.GetUtcNow();
        foreach (FeedSubscription feed in store.Feeds().Where(f => all || f.NextPollAt <= now))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (leases is null)
            {
                results.Add(await PollAsync(feed, cancellationToken).ConfigureAwait(false));
                continue;
            }

            string lease = "feed:" + feed.Url;
            if (!leases.TryAcquireLease(lease, LeaseHolder.ForThisProcess, time.GetUtcNow(), LeaseTime))
            {
                continue;
            }

            try
            {
                // Another replica may have polled it since the list was read: its state is read again under the lease.
                if (store.Feed(feed.Url) is { } current && (all || current.NextPollAt <= now))
                {
                    results.Add(await PollAsync(current, cancellationToken).ConfigureAwait(false));
                }
            }
            finally
            {
                leases.ReleaseLease(lease, LeaseHolder.ForThisProcess);
            }
        }

        return results;
    }

    public async Task<FeedPollResult> PollAsync(FeedSubscription feed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        FeedsOptions o = options.Value;
        var url = new Uri(feed.Url);
        try
        {
            FetchResult fetched = await fetcher.FetchAsync(url, FetchKind.Feed, feed.ETag, feed.LastModified, cancellationToken).ConfigureAwait(false);
            DateTimeOffset now = time.GetUtcNow();
            if (fetched.NotModified)
            {
                store.UpdateFeed(AfterGoodPoll(feed, fetched, now, o));
                return new FeedPollResult(feed.Url, true, 0, 0, 0, null);
            }

            ParsedFeed parsed = FeedParser.Parse(fetched.Body, fetched.Charset, url);
            var seen = new HashSet<string>(feed.SeenItemIds, StringComparer.Ordinal);
            var fresh = parsed.Items.Where(i => !seen.Contains(i.Id)).DistinctBy(i => i.Id)
                .OrderBy(i => i.Published ?? DateTimeOffset.MaxValue).Take(o.MaxItemsPerPoll).ToList();
            var failures = new Dictionary<string, int>(feed.ItemFailures, StringComparer.Ordinal);
            var newlySeen = new List<string>();
            int ingested = 0, failed = 0;
            foreach (FeedItem item in fresh)
            {
                string? problem = await IngestItemAsync(item, cancellationToken).ConfigureAwait(false);
                if (problem is null)
                {
                    ingested++;
                    newlySeen.Add(item.Id);
                    failures.Remove(item.Id);
                    continue;
                }

                failed++;
                int attempts = failures.GetValueOrDefault(item.Id) + 1;
                if (attempts >= o.MaxItemAttempts)
                {
                    ItemGivenUp(logger, SafeUrl.Display(feed.Url), item.Id, attempts, problem);
                    newlySeen.Add(item.Id);
                    failures.Remove(item.Id);
                }
                else
                {
                    ItemFailed(logger, SafeUrl.Display(feed.Url), item.Id, problem);
                    failures[item.Id] = attempts;
                }
            }

            now = time.GetUtcNow();
            var current = parsed.Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
            store.UpdateFeed(AfterGoodPoll(feed, fetched, now, o) with
            {
                Title = parsed.Title ?? feed.Title,
                SeenItemIds = Remembered(feed.SeenItemIds.Concat(newlySeen), current, o.SeenItemsKept),
                ItemFailures = failures.Where(f => current.Contains(f.Key)).ToDictionary(StringComparer.Ordinal),
                ItemsIngested = feed.ItemsIngested + ingested,
            });
            Polled(logger, SafeUrl.Display(feed.Url), fresh.Count, ingested, failed);
            return new FeedPollResult(feed.Url, false, fresh.Count, ingested, failed, null);
        }
        catch (FetchException ex)
        {
            DateTimeOffset now = time.GetUtcNow();
            int errors = feed.ErrorCount + 1;
            TimeSpan wait = Backoff(o, errors);
            if (ex.RetryAfter is { } asked && asked > wait)
            {
                wait = asked < o.MaxBackoff ? asked : o.MaxBackoff;
            }

            store.UpdateFeed(feed with { LastPolledAt = now, NextPollAt = now + wait, ErrorCount = errors, LastError = ex.Message });
            PollFailed(logger, SafeUrl.Display(feed.Url), errors, wait.TotalMinutes, ex.Message);
            return new FeedPollResult(feed.Url, false, 0, 0, 0, ex.Message);
        }
    }

    /// <summary>The feed after a good poll: errors cleared, the validators kept for the next one, due again in one interval.</summary>
    private static FeedSubscription AfterGoodPoll(FeedSubscription feed, FetchResult fetched, DateTimeOffset now, FeedsOptions options) => feed with
    {
        LastPolledAt = now,
        NextPollAt = now + options.PollInterval,
        ErrorCount = 0,
        LastError = null,
        ETag = fetched.ETag,
        LastModified = fetched.LastModified,
    };

    /// <summary>The wait after <paramref name="errors"/> consecutive failures: the poll interval doubled per error, capped.</summary>
    public static TimeSpan Backoff(FeedsOptions options, int errors)
    {
        ArgumentNullException.ThrowIfNull(options);
        double minutes = options.PollMinutes * Math.Pow(2, Math.Min(errors, 30));
        return TimeSpan.FromMinutes(Math.Min(minutes, options.MaxBackoffMinutes));
    }

    /// <summary>Null when the item was ingested (or was already stored); otherwise why not.</summary>
    private async Task<string?> IngestItemAsync(FeedItem item, CancellationToken cancellationToken)
    {
        (DateOnly, string)? feedDate = item.Published is { } p ? (DateOnly.FromDateTime(p.DateTime), $"feed item date {p:yyyy-MM-dd}") : null;
        SourceItem source = item.Link is not null
            ? await pages.FetchArticleAsync(item.Link, feedDate, cancellationToken).ConfigureAwait(false)
            : SourceItem.Fail(item.Id, null, "has no link");
        if (source.Problem is not null && Inline(item, feedDate) is { } inline)
        {
            source = inline;
        }

        if (source.Problem is { } problem)
        {
            return problem.ToString();
        }

        IngestReport report = await gate.IngestAsync([source], cancellationToken).ConfigureAwait(false);
        return report.Problems.Count > 0 ? report.Problems[0].ToString() : null;
    }

    /// <summary>The article the feed carries inline, when it is long enough to be one.</summary>
    private SourceItem? Inline(FeedItem item, (DateOnly Date, string Text)? feedDate)
    {
        if (string.IsNullOrWhiteSpace(item.Content))
        {
            return null;
        }

        string title = System.Net.WebUtility.HtmlEncode(item.Title ?? string.Empty);
        byte[] html = System.Text.Encoding.UTF8.GetBytes($"<html><head><title>{title}</title></head><body><article>{item.Content}</article></body></html>");
        string source = item.Link is not null ? SafeUrl.Display(item.Link) : item.Id;
        string id = item.Link is not null ? UrlArticleId.For(item.Link) : "feed-" + Core.Ingestion.ArticleParser.Hash(item.Id)[..12];
        SourceItem extracted = extractor.Extract(html, "utf-8", source, id, item.Link);
        if (extracted.Article is not { } raw || raw.Text.Length < MinInlineContent)
        {
            return null;
        }

        return SourceItem.Of(raw with
        {
            Title = item.Title ?? raw.Title,
            Published = raw.Published ?? feedDate?.Date,
            PublishedText = raw.Published is null ? feedDate?.Text : raw.PublishedText,
        });
    }

    /// <summary>Every id the feed still lists, plus the most recent others up to the limit.</summary>
    private static List<string> Remembered(IEnumerable<string> seen, HashSet<string> current, int keep)
    {
        var ordered = seen.Distinct(StringComparer.Ordinal).ToList();
        int others = 0;
        var kept = new List<string>();
        for (int i = ordered.Count - 1; i >= 0; i--)
        {
            if (current.Contains(ordered[i]) || others++ < keep)
            {
                kept.Add(ordered[i]);
            }
        }

        kept.Reverse();
        return kept;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {Url}: {New} new items, {Ingested} ingested, {Failed} failed")]
    private static partial void Polled(ILogger logger, string url, int @new, int ingested, int failed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {Url} failed ({Errors} in a row); next try in {Minutes:0} min: {Error}")]
    private static partial void PollFailed(ILogger logger, string url, int errors, double minutes, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {Url}: item {Item} not ingested, will retry: {Problem}")]
    private static partial void ItemFailed(ILogger logger, string url, string item, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {Url}: item {Item} given up after {Attempts} attempts: {Problem}")]
    private static partial void ItemGivenUp(ILogger logger, string url, string item, int attempts, string problem);
}
