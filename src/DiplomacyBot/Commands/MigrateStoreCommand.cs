using System.CommandLine;
using System.Diagnostics;
using DiplomacyBot.Core;
using DiplomacyBot.Core.Storage;
using DiplomacyBot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyBot.Commands;

/// <summary>
/// <c>migrate-store --from FILE [--to CONNECTION]</c>: copies a LiteDB store into PostgreSQL (articles, near-duplicate
/// links, vectors, feeds, bot state). What the database already holds unchanged is skipped, so it can be run again.
/// </summary>
public static class MigrateStoreCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "The LiteDB store file to copy", Required = true };
        var to = new Option<string?>("--to") { Description = "The PostgreSQL connection string (default: Storage:ConnectionString)" };
        var command = new Command("migrate-store", CommandLine.WithExamples(
            "Copy a LiteDB store into the PostgreSQL database replicas share; running it again copies nothing twice",
            "migrate-store --from data/diplomacybot.db",
            "migrate-store --from data/diplomacybot.db --to \"Host=db;Database=diplomacybot;Username=bot\"")) { from, to };
        command.SetAction(async (parse, _) =>
        {
            string file = parse.GetValue(from)!;
            StorageOptions storage = CommandLine.Configuration(parse).BindSection<StorageOptions>(StorageOptions.Section);
            string? target = parse.GetValue(to) is { Length: > 0 } given ? given : storage.ConnectionString;
            if (!File.Exists(file))
            {
                await Console.Error.WriteLineAsync($"error: {file}: no such LiteDB store").ConfigureAwait(false);
                return 2;
            }

            if (string.IsNullOrWhiteSpace(target))
            {
                await Console.Error.WriteLineAsync("error: give --to or set Storage:ConnectionString (e.g. DIPLOMACYBOT_Storage__ConnectionString)").ConfigureAwait(false);
                return 2;
            }

            try
            {
                var watch = Stopwatch.StartNew();
                using (ServiceProvider sourceStore = StorageProviders.StoreOnly(BotConfiguration.LocalStore(file)))
                {
                    StoreSet source = sourceStore.GetRequiredService<StoreSet>();
                    using (ServiceProvider destinationStore = StorageProviders.StoreOnly(StorageProviders.Postgres(target)))
                    {
                        StoreSet destination = destinationStore.GetRequiredService<StoreSet>();
                        StoreCopyReport report = StoreCopier.Copy(source, destination);
                        Console.Out.WriteLine($"From {file} into {destination.Store.Location}: {report.Summary()} in {watch.Elapsed.TotalSeconds:0.0} s; it holds {Core.Text.Counted.Of(destination.Store.Count, "article")}.");
                        return 0;
                    }
                }
            }
            catch (Exception ex) when (CommandLine.IsExpectedFailure(ex))
            {
                await Console.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
                return 2;
            }
        });
        return command;
    }
}
