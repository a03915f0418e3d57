using System.CommandLine;
using DiplomacyBot.Core.Feeds;
using DiplomacyBot.Feeds.Feeds;
using DiplomacyBot.Feeds.Web;
using DiplomacyBot.Hosting;
using DiplomacyBot.Output;

namespace DiplomacyBot.Commands;

/// <summary><c>feeds add URL</c>, <c>feeds list [--json]</c>, <c>feeds remove URL</c>, <c>feeds poll [--all]</c>: the subscribed RSS and Atom feeds.</summary>
public static class FeedsCommand
{
    public static Command Create()
    {
        var command = new Command("feeds", CommandLine.WithExamples("Manage the RSS and Atom feeds serve polls: add, list, remove, poll",
            "feeds add https://example.org/world/rss.xml",
            "feeds list --json",
            "feeds poll --all"));

        var addUrl = new Argument<string>("url") { Description = "The feed's http(s) URL" };
        var add = new Command("add", CommandLine.WithExamples("Subscribe to a feed (it is fetched once to check that it is one)", "feeds add https://example.org/world/rss.xml")) { addUrl };
        add.SetAction((parse, cancellationToken) => CommandLine.RunAsync(parse, seed: false, async (context, ct) =>
        {
            using var web = new WebTools(context);
            try
            {
                FeedSubscription feed = await web.Poller.AddAsync(parse.GetValue(addUrl)!, ct).ConfigureAwait(false);
                Console.Out.WriteLine($"Subscribed to {SafeUrl.Display(feed.Url)}{(feed.Title is { } t ? $" ({t})" : string.Empty)}.");
                return 0;
            }
            catch (FetchException ex)
            {
                Console.Error.WriteLine($"error: {ex.Message}");
                return 1;
            }
        }, cancellationToken));

        var json = new Option<bool>("--json") { Description = "Print a JSON array" };
        var list = new Command("list", CommandLine.WithExamples("List the subscribed feeds with their polling state", "feeds list", "feeds list --json")) { json };
        list.SetAction((parse, _) => CommandLine.Run(parse, seed: false, context =>
        {
            var feeds = context.Store.Feeds();
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(Json.Serialize(feeds.Select(FeedJson.From).ToList()));
                return 0;
            }

            foreach (FeedSubscription feed in feeds)
            {
                Console.Out.WriteLine($"{SafeUrl.Display(feed.Url)}  {feed.Title ?? "(untitled feed)"}");
                Console.Out.WriteLine($"    {FeedStatus.Describe(feed)}");
            }

            Console.Out.WriteLine($"{feeds.Count} feeds.");
            return 0;
        }));

        var removeUrl = new Argument<string>("url") { Description = "The subscribed feed's URL" };
        var remove = new Command("remove", CommandLine.WithExamples("Unsubscribe from a feed", "feeds remove https://example.org/world/rss.xml")) { removeUrl };
        remove.SetAction((parse, _) => CommandLine.Run(parse, seed: false, context =>
        {
            using var web = new WebTools(context);
            string url = parse.GetValue(removeUrl)!;
            if (web.Poller.Remove(url))
            {
                Console.Out.WriteLine($"Unsubscribed from {url}.");
                return 0;
            }

            Console.Error.WriteLine($"error: {url}: no such feed is subscribed");
            return 1;
        }));

        var all = new Option<bool>("--all") { Description = "Poll every feed, not only those due" };
        var poll = new Command("poll", CommandLine.WithExamples("Poll the feeds that are due now and ingest their new items", "feeds poll", "feeds poll --all")) { all };
        poll.SetAction((parse, cancellationToken) => CommandLine.RunAsync(parse, seed: false, async (context, ct) =>
        {
            using var web = new WebTools(context);
            var results = await web.Poller.PollDueAsync(parse.GetValue(all), ct).ConfigureAwait(false);
            foreach (FeedPollResult result in results)
            {
                (result.Error is null ? Console.Out : Console.Error).WriteLine(result.Error is null ? result.ToString() : $"error: {result.Error}");
            }

            Console.Out.WriteLine($"{results.Count} feeds polled.");
            return results.Any(r => r.Error is not null || r.Failed > 0) ? 1 : 0;
        }, cancellationToken));

        command.Subcommands.Add(add);
        command.Subcommands.Add(list);
        command.Subcommands.Add(remove);
        command.Subcommands.Add(poll);
        return command;
    }
}
