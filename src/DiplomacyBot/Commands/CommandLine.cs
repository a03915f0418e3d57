using System.CommandLine;
using DiplomacyBot.Hosting;
using Microsoft.Extensions.Configuration;

namespace DiplomacyBot.Commands;

/// <summary>The command line: one subcommand per capability, and options every command shares.</summary>
public static class CommandLine
{
    public static readonly Option<string?> Db = new("--db")
    {
        Description = "The LiteDB store file (overrides Storage:Path and selects LiteDB over a configured PostgreSQL store; default data/diplomacybot.db)",
        Recursive = true,
    };

    public static RootCommand Build()
    {
        var root = new RootCommand("DiplomacyBot: answers questions about a diplomatic process from stored news articles, with verbatim, dated quotes.");
        root.Options.Add(Db);
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(AskCommand.Create());
        root.Subcommands.Add(SourcesCommand.Create());
        root.Subcommands.Add(ReindexCommand.Create());
        root.Subcommands.Add(EmbedCommand.Create());
        root.Subcommands.Add(TimelineCommand.Create());
        root.Subcommands.Add(TimexCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(FeedsCommand.Create());
        root.Subcommands.Add(FeedbackCommand.Create());
        root.Subcommands.Add(MigrateStoreCommand.Create());
        return root;
    }

    /// <summary>A command's description followed by examples of its use, as <c>--help</c> shows them.</summary>
    public static string WithExamples(string description, params string[] examples) =>
        description + "\n\nExamples:\n" + string.Join("\n", examples.Select(e => "  DiplomacyBot " + e));

    /// <summary>The configuration for a command, with its command-line overrides applied last.</summary>
    public static IConfigurationRoot Configuration(ParseResult parse)
    {
        var overrides = new Dictionary<string, string?>();
        if (parse.GetValue(Db) is { Length: > 0 } db)
        {
            foreach ((string key, string? value) in BotConfiguration.LocalStore(db))
            {
                overrides[key] = value;
            }
        }

        return BotConfiguration.Build(overrides);
    }

    /// <summary>Runs a command body, turning expected failures into one clear line on stderr and exit code 2.</summary>
    public static Task<int> Run(ParseResult parse, bool seed, Func<BotContext, int> body) =>
        RunAsync(parse, seed, (context, _) => Task.FromResult(body(context)), CancellationToken.None);

    /// <summary>
    /// Runs an asynchronous command body (one that fetches pages or calls a model) with the command's cancellation
    /// token, so Ctrl+C stops it; expected failures become one clear line on stderr and exit code 2.
    /// </summary>
    public static async Task<int> RunAsync(ParseResult parse, bool seed, Func<BotContext, CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        try
        {
            using BotContext context = await BotContext.OpenAsync(Configuration(parse), Console.Error, seed, cancellationToken).ConfigureAwait(false);
            return await body(context, cancellationToken).ConfigureAwait(false);
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync($"error: {string.Join("; ", ex.Failures)}").ConfigureAwait(false);
            return 2;
        }
        catch (Exception ex) when (IsExpectedFailure(ex))
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return 2;
        }
    }

    /// <summary>Failures a command reports as one <c>error:</c> line: files, the store (either provider) and bad input.</summary>
    public static bool IsExpectedFailure(Exception ex) =>
        ex is Core.Storage.StoreException or IOException or UnauthorizedAccessException or InvalidOperationException or InvalidDataException;
}
