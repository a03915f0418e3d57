using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Events;

/// <summary>A timeline: events in chronological order, then the events nothing places in time.</summary>
public sealed record Timeline(IReadOnlyList<TimelineEvent> Events, IReadOnlyList<TimelineEvent> Undated)
{
    /// <summary>Merges the mentions and keeps the events that match the topic (any word, in a citing sentence or the place) and date range.</summary>
    public static Timeline Build(IEnumerable<EventMention> mentions, string? topic = null, DateOnly? from = null, DateOnly? to = null)
    {
        var words = Words(topic);
        var events = EventMerger.Merge(mentions)
            .Where(e => words.Count == 0 || e.Mentions.Any(m => Mentions(m, words)))
            .ToList();
        var placed = events.Where(e => e.IsPlaced)
            .Where(e => (from is null || e.SortKey >= from || (e.DateValue is not null && Last(e) >= from)) && (to is null || e.SortKey <= to))
            .OrderBy(e => e.SortKey)
            .ThenBy(e => e.Ordinal ?? int.MaxValue)
            .ToList();
        var undated = from is null && to is null ? events.Where(e => !e.IsPlaced).OrderBy(e => e.Ordinal ?? int.MaxValue).ToList() : [];
        return new Timeline(Renumber(placed, 0), Renumber(undated, placed.Count));
    }

    private static DateOnly Last(TimelineEvent e) =>
        Time.TimexDescriber.TryGetRange(e.DateValue!, out _, out DateOnly last) ? last : DateOnly.MinValue;

    private static List<TimelineEvent> Renumber(List<TimelineEvent> events, int offset) =>
        events.Select((e, i) => e with { Id = $"e{offset + i + 1}" }).ToList();

    private static List<string> Words(string? topic) =>
        topic is null ? [] : Regex.Matches(topic, @"[\p{L}\p{N}]{3,}").Select(m => m.Value).ToList();

    private static bool Mentions(EventMention mention, List<string> words) =>
        words.Any(w => mention.SentenceText.Contains(w, StringComparison.OrdinalIgnoreCase)
            || (mention.Place?.Contains(w, StringComparison.OrdinalIgnoreCase) ?? false));
}
