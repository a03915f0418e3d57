using DiplomacyBot.Core.Storage;

namespace DiplomacyBot.Discord;

/// <summary>
/// Autocomplete for <c>/diplo timeline topic</c>: the places and participants the stored events name, most mentioned
/// first, filtered by what the user has typed so far. Recomputed only when the store's generation changes.
/// </summary>
public sealed class TimelineTopics(IArticleStore? store)
{
    private readonly Lock sync = new();
    private long generation = -1;
    private IReadOnlyList<string> topics = [];

    public IReadOnlyList<string> Suggest(string? partial, int max = DiscordCommands.MaxChoices)
    {
        string typed = partial?.Trim() ?? string.Empty;
        return All()
            .Where(t => typed.Length == 0 || t.Contains(typed, StringComparison.OrdinalIgnoreCase))
            .OrderBy(t => t.StartsWith(typed, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .Take(max)
            .ToList();
    }

    private IReadOnlyList<string> All()
    {
        if (store is null)
        {
            return [];
        }

        lock (sync)
        {
            if (store.Generation != generation)
            {
                generation = store.Generation;
                topics = store.All()
                    .SelectMany(a => a.Events)
                    .SelectMany(e => e.Participants.Prepend(e.Place ?? string.Empty))
                    .Select(t => t.Trim())
                    .Where(t => t.Length is > 1 and <= DiscordCommands.MaxChoiceLength)
                    .GroupBy(t => t, StringComparer.OrdinalIgnoreCase)
                    .OrderByDescending(g => g.Count())
                    .ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
                    .Select(g => g.Key)
                    .ToList();
            }

            return topics;
        }
    }
}
