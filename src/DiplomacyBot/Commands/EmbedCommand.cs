using System.CommandLine;
using DiplomacyBot.Hosting;
using DiplomacyBot.Llm;
using DiplomacyBot.Llm.Embeddings;

namespace DiplomacyBot.Commands;

/// <summary>
/// <c>embed</c>: embeds the stored sentences that have no vector yet for <c>Llm:EmbeddingModel</c>, in batches. Each
/// batch is saved as it arrives, so an interrupted run is resumed by running it again.
/// </summary>
public static class EmbedCommand
{
    public static Command Create()
    {
        var command = new Command("embed", "Embed the stored sentences that have no vector yet (needs Llm:Enabled and Llm:EmbeddingModel)");
        command.SetAction((parse, cancellationToken) => CommandLine.RunAsync(parse, seed: true, (context, ct) => RunAsync(context, Console.Error, ct), cancellationToken));
        return command;
    }

    /// <summary>Embeds what is missing; after <c>ingest</c> too. Returns the exit code.</summary>
    public static async Task<int> RunAsync(BotContext context, TextWriter log, CancellationToken cancellationToken)
    {
        if (context.LlmServices is not { Embedder: not null } llm)
        {
            log.WriteLine("error: embeddings need Llm:Enabled=true and Llm:EmbeddingModel set");
            return 2;
        }

        try
        {
            var progress = new Progress<int>(done => log.WriteLine($"embedded {done} sentences"));
            EmbeddingReport? report = await llm.EmbedMissingAsync(Console.IsErrorRedirected ? null : progress, cancellationToken).ConfigureAwait(false);
            Console.Out.WriteLine($"{report!.Summary()}.");
            return 0;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException && !cancellationToken.IsCancellationRequested)
        {
            // What was embedded before the failure is kept; running the command again sends only what is still missing.
            log.WriteLine($"error: embedding stopped ({ModelFailure.Describe(ex, context.Llm.Timeout)}); run embed again to resume");
            return 1;
        }
    }
}
