using System.CommandLine;
using System.Diagnostics;
using DiplomacyBot.Core.Ingestion;
using DiplomacyBot.Core.Text;
using DiplomacyBot.Hosting;
using Spectre.Console;

namespace DiplomacyBot.Commands;

/// <summary>
/// <c>ingest PATH|URL...</c>: files and folders of .txt, .jsonl and .html articles, and web pages fetched by URL. One
/// line per problem on stderr, a summary at the end, exit code 0 only when nothing failed. A progress bar when stderr
/// is a terminal, plain lines otherwise. Then the embedding stage embeds the new sentences (unless <c>--no-embed</c>).
/// </summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (.txt, .jsonl, .ndjson, .html, .htm), or http(s) URLs of pages", Arity = ArgumentArity.OneOrMore };
        var noEmbed = new Option<bool>("--no-embed") { Description = "Store and index only; embed the sentences later (embed, or serve in the background)" };
        var command = new Command("ingest", CommandLine.WithExamples("Ingest articles into the store and index, then embed their sentences",
            "ingest data/articles",
            "ingest ../shared/corpus/reuters-1987.jsonl --no-embed",
            "ingest https://example.org/news/talks-resume.html")) { paths, noEmbed };
        command.SetAction((parse, cancellationToken) => CommandLine.RunAsync(parse, seed: false, (context, ct) => IngestAsync(context, parse.GetValue(paths) ?? [], !parse.GetValue(noEmbed), ct), cancellationToken));
        return command;
    }

    private static async Task<int> IngestAsync(BotContext context, string[] arguments, bool embed, CancellationToken cancellationToken)
    {
        string[] urls = arguments.Where(IsUrl).ToArray();
        string[] paths = arguments.Where(a => !IsUrl(a)).ToArray();
        var pages = new List<SourceItem>();
        if (urls.Length > 0)
        {
            using var web = new WebTools(context);
            foreach (string url in urls)
            {
                pages.Add(DiplomacyBot.Feeds.Web.SafeUrl.TryParse(url, out Uri uri, out string error)
                    ? await web.Pages.FetchArticleAsync(uri, null, cancellationToken).ConfigureAwait(false)
                    : SourceItem.Fail(url, null, error));
            }
        }

        long totalBytes = context.Reader.ExpandPaths(paths).Where(p => p.Problem is null).Sum(p => new FileInfo(p.Path).Length);
        IEnumerable<SourceItem> items = pages.Concat(context.Reader.Read(paths));
        IngestReport report = Console.IsErrorRedirected
            ? context.Ingestion.Ingest(items, new PlainProgress(Console.Error, totalBytes))
            : WithProgressBar(context, items, totalBytes);

        foreach (IngestProblem problem in report.Problems)
        {
            Console.Error.WriteLine($"error: {problem}");
        }

        foreach (string duplicate in report.DuplicateNotes)
        {
            Console.Error.WriteLine($"duplicate: {duplicate}");
        }

        foreach (DiplomacyBot.Core.Duplicates.NearDuplicateNote nearDuplicate in report.NearDuplicateNotes)
        {
            Console.Error.WriteLine($"near-duplicate: {nearDuplicate}");
        }

        double seconds = Math.Max(report.Elapsed.TotalSeconds, 0.001);
        Console.Out.WriteLine($"{report.Summary()}.");
        // Every input counts as read, failed ones too, as in the progress lines; rates only mean something over a second.
        int read = report.Ingested + report.Replaced + report.Unchanged + report.Duplicates + report.Failed;
        string rates = seconds >= 1
            ? $" ({Core.Text.Rate.Of((report.Ingested + report.Replaced) / seconds)} stored/s, {Core.Text.Rate.Of(report.Bytes / seconds / (1024 * 1024))} MB/s)"
            : string.Empty;
        Console.Out.WriteLine($"{Counted.Of(read, "article")} read in {seconds:0.00} s{rates}; the store holds {Counted.Of(context.Store.Count, "article")}.");
        int embedded = embed && context.Embedder is not null ? await EmbedCommand.RunAsync(context, cancellationToken).ConfigureAwait(false) : 0;
        return report.Failed == 0 && embedded == 0 ? 0 : 1;
    }

    private static bool IsUrl(string argument) =>
        argument.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || argument.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static IngestReport WithProgressBar(BotContext context, IEnumerable<SourceItem> items, long totalBytes)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IngestReport? report = null;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                ProgressTask task = progress.AddTask("Ingesting", maxValue: Math.Max(1, totalBytes));
                report = context.Ingestion.Ingest(items, new Progress(task));
                task.Value = task.MaxValue;
            });
        return report!;
    }

    private sealed class Progress(ProgressTask task) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value)
        {
            task.Value = value.Bytes;
            task.Description = $"Ingesting ({Counted.Of(value.Articles, "article")})";
        }
    }

    /// <summary>Progress as plain lines, at most one every two seconds, for logs and pipes.</summary>
    private sealed class PlainProgress(TextWriter writer, long totalBytes) : IProgress<IngestProgress>
    {
        private readonly Stopwatch _since = Stopwatch.StartNew();

        public void Report(IngestProgress value)
        {
            if (_since.Elapsed < TimeSpan.FromSeconds(2))
            {
                return;
            }

            _since.Restart();
            string percent = totalBytes > 0 ? $" ({100.0 * value.Bytes / totalBytes:0}%)" : string.Empty;
            writer.WriteLine($"ingest: {Counted.Of(value.Articles, "article")} read{percent}");
        }
    }
}
