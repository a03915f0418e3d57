using System.CommandLine;
using System.Diagnostics;
using DiplomacyBot.Core.Search;
using DiplomacyBot.Hosting;
using DiplomacyBot.Llm;
using Spectre.Console;

namespace DiplomacyBot.Commands;

/// <summary>
/// <c>embed</c>: embeds the stored sentences that have no vector yet under the configured embedding model (the local
/// one by default), in batches. Each batch is saved as it is made, so an interrupted run is resumed by running it again.
/// </summary>
public static class EmbedCommand
{
    public static Command Create()
    {
        var command = new Command("embed", CommandLine.WithExamples("Embed the stored sentences that have no vector yet (resumes where an earlier run stopped)",
            "embed",
            "embed --db data/team.db"));
        command.SetAction((parse, cancellationToken) => CommandLine.RunAsync(parse, seed: true, (context, ct) => RunAsync(context, ct), cancellationToken));
        return command;
    }

    /// <summary>Embeds what is missing, with a progress bar on a terminal; after <c>ingest</c> too. Returns the exit code.</summary>
    public static async Task<int> RunAsync(BotContext context, CancellationToken cancellationToken)
    {
        if (context.Embedder is not { } embedder)
        {
            Console.Error.WriteLine("error: embeddings are off (Embeddings:Provider is none); set it to local or openai");
            return 2;
        }

        try
        {
            EmbeddingReport report = Console.IsErrorRedirected
                ? await embedder.EmbedMissingAsync(new PlainProgress(Console.Error), cancellationToken).ConfigureAwait(false)
                : await WithProgressBarAsync(embedder, cancellationToken).ConfigureAwait(false);
            Console.Out.WriteLine($"{report.Summary()}.");
            return 0;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException && !cancellationToken.IsCancellationRequested)
        {
            // What was embedded before the failure is kept; running the command again embeds only what is still missing.
            Console.Error.WriteLine($"error: embedding stopped ({ModelFailure.Describe(ex, context.Llm.Timeout)}); run embed again to resume");
            return 1;
        }
    }

    private static async Task<EmbeddingReport> WithProgressBarAsync(EmbeddingIndexer embedder, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        EmbeddingReport? report = null;
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                ProgressTask task = progress.AddTask("Embedding", maxValue: 1);
                report = await embedder.EmbedMissingAsync(new BarProgress(task), cancellationToken).ConfigureAwait(false);
                task.Value = task.MaxValue;
            }).ConfigureAwait(false);
        return report!;
    }

    private sealed class BarProgress(ProgressTask task) : IProgress<EmbeddingProgress>
    {
        public void Report(EmbeddingProgress value)
        {
            task.MaxValue = Math.Max(1, value.ArticlesTotal);
            task.Value = value.ArticlesDone;
            task.Description = $"Embedding ({value.Sentences} sentences)";
        }
    }

    /// <summary>Progress as plain lines, at most one every five seconds, for logs and pipes.</summary>
    private sealed class PlainProgress(TextWriter writer) : IProgress<EmbeddingProgress>
    {
        private readonly Stopwatch _since = Stopwatch.StartNew();

        public void Report(EmbeddingProgress value)
        {
            if (_since.Elapsed < TimeSpan.FromSeconds(5) || value.ArticlesTotal == 0)
            {
                return;
            }

            _since.Restart();
            writer.WriteLine($"embed: {value.ArticlesDone} of {value.ArticlesTotal} articles ({value.Sentences} sentences)");
        }
    }
}
