using System.CommandLine;
using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Output;

namespace DiplomacyBot.Commands;

/// <summary><c>sources [--json]</c>: every stored article, newest first, with how its date was established.</summary>
public static class SourcesCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print a JSON array" };
        var command = new Command("sources", CommandLine.WithExamples("List the stored articles, newest first",
            "sources",
            "sources --json")) { json };
        command.SetAction((parse, _) => CommandLine.Run(parse, seed: true, context =>
        {
            IReadOnlyDictionary<string, string> originals = context.Store.NearDuplicateLinks();
            var copies = originals.GroupBy(l => l.Value, l => l.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
            var articles = context.Store.All()
                .OrderByDescending(a => a.Published.Value ?? DateOnly.MinValue)
                .ThenBy(a => a.Title, StringComparer.OrdinalIgnoreCase)
                .ToList();
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(Json.Serialize(articles.Select(a => SourceJson.From(a) with
                {
                    DuplicateOf = originals.GetValueOrDefault(a.Id),
                    Copies = copies.GetValueOrDefault(a.Id) ?? [],
                }).ToList()));
                return 0;
            }

            foreach (Article a in articles)
            {
                Console.Out.WriteLine($"{DateText.Published(a.Published.Value),-11}  {a.Title}");
                Console.Out.WriteLine($"             {a.Outlet ?? "unknown outlet"} · {a.Published.Basis.ToWireName()} · {a.Id} · {Size(a.SizeBytes)} · {a.Url ?? a.Source}");
                foreach (DateCue cue in a.Published.Conflicts)
                {
                    Console.Out.WriteLine($"             conflicting cue, not used: {cue}");
                }

                foreach (DateCue cue in SourceJson.Updates(a).Where(c => !a.Published.Conflicts.Contains(c)))
                {
                    Console.Out.WriteLine($"             last changed, by the page: {cue}");
                }

                if (originals.TryGetValue(a.Id, out string? original))
                {
                    Console.Out.WriteLine($"             near-duplicate of {original} (same story; answers cite one of the group)");
                }

                if (copies.TryGetValue(a.Id, out IReadOnlyList<string>? group))
                {
                    Console.Out.WriteLine($"             near-duplicate copies: {string.Join(", ", group)}");
                }
            }

            Console.Out.WriteLine($"{articles.Count} articles.");
            return 0;
        }));
        return command;
    }

    private static string Size(int bytes) => bytes >= 1024 ? $"{bytes / 1024.0:0.0} KB" : $"{bytes} B";
}
