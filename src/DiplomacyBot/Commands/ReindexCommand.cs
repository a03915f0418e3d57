using System.CommandLine;
using System.Diagnostics;
using DiplomacyBot.Core.Ingestion;

namespace DiplomacyBot.Commands;

/// <summary><c>reindex</c>: rebuild the search index from the store.</summary>
public static class ReindexCommand
{
    public static Command Create()
    {
        var command = new Command("reindex", CommandLine.WithExamples("Recompute each sentence's temporal expressions and rebuild the search index from the store",
            "reindex",
            "reindex --db data/team.db"));
        command.SetAction((parse, _) => CommandLine.Run(parse, seed: false, context =>
        {
            var watch = Stopwatch.StartNew();
            int count = Reindexer.Reindex(context.Store, context.Index, context.Parser, context.Ingest.BatchSize);
            Console.Out.WriteLine($"Recomputed temporal expressions and reindexed {count} articles in {watch.Elapsed.TotalSeconds:0.0} s.");
            return 0;
        }));
        return command;
    }
}
