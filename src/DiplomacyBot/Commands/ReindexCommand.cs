using System.CommandLine;
using System.Diagnostics;

namespace DiplomacyBot.Commands;

/// <summary><c>reindex</c>: rebuild the search index from the store.</summary>
public static class ReindexCommand
{
    public static Command Create()
    {
        var command = new Command("reindex", "Recompute each sentence's temporal expressions and rebuild the search index from the store");
        command.SetAction(parse => CommandLine.Run(parse, seed: false, context =>
        {
            var watch = Stopwatch.StartNew();
            int count = 0;
            foreach (var batch in context.Store.All().Select(context.Parser.Retag).Chunk(context.Ingest.BatchSize))
            {
                context.Store.Save(batch);
                count += batch.Length;
            }

            context.Index.Rebuild(context.Store.All(), context.Store.Generation);
            Console.Out.WriteLine($"Recomputed temporal expressions and reindexed {count} articles in {watch.Elapsed.TotalSeconds:0.0} s.");
            return 0;
        }));
        return command;
    }
}
