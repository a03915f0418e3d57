using DiplomacyBot.Core.Time;

namespace DiplomacyBot.Core.Events;

/// <summary>
/// Merges mentions of one event across articles into canonical events. Mentions that carry an ordinal or a resolved
/// date found events and join one another when they are compatible (same family of event, no contradicting ordinal,
/// place or date, reported within a year of each other) and linked (same ordinal, or same place and overlapping dates).
/// A mention with only a place joins the one compatible event at that place (not the first there, when it says it
/// followed an earlier one), or starts its own; an undated "first" event is the earliest dated one between the same
/// parties. "We've had two rounds" bounds earlier rounds; it is not an event itself.
/// </summary>
public static class EventMerger
{
    private const int MaxDaysApart = 365;

    public static IReadOnlyList<TimelineEvent> Merge(IEnumerable<EventMention> mentions)
    {
        var all = mentions.ToList();
        var clusters = new List<List<EventMention>>();
        foreach (EventMention mention in all.Where(m => m.HeldCount is null && (m.Ordinal is not null || m.HasResolvedDate)).OrderBy(Order))
        {
            var home = clusters.FirstOrDefault(c => c.All(other => Compatible(mention, other)) && c.Any(other => Linked(mention, other)));
            if (home is null)
            {
                clusters.Add([mention]);
            }
            else
            {
                home.Add(mention);
            }
        }

        JoinUndatedFirsts(clusters);
        foreach (EventMention mention in all.Where(m => m.HeldCount is null && m.Ordinal is null && !m.HasResolvedDate && m.Place is not null).OrderBy(Order))
        {
            var samePlace = clusters.Where(c => c.Any(o => o.Place == mention.Place) && c.All(o => Compatible(mention, o))).ToList();
            if (samePlace.Count > 1 && mention.FollowsEarlier && FirstOf(samePlace) is { } first)
            {
                // "A follow-up round in Istanbul" is not the first one held there.
                samePlace.Remove(first);
            }

            if (samePlace.Count == 1)
            {
                samePlace[0].Add(mention);
            }
            else if (samePlace.Count == 0 && !clusters.Any(c => c.All(o => Compatible(mention, o)) && c.Any(o => o.Place is null && Family(o.Kind) == Family(mention.Kind))))
            {
                clusters.Add([mention]);
            }
        }

        var counts = all.Where(m => m.HeldCount is not null && m.ArticlePublished is not null).ToList();
        return clusters.Select((c, i) => Build(c, counts, i)).ToList();
    }

    /// <summary>
    /// An undated "first" or "initial" event ("building on initial talks") is the earliest dated one of its family
    /// between the same parties: its mentions join that event, which takes the ordinal.
    /// </summary>
    private static void JoinUndatedFirsts(List<List<EventMention>> clusters)
    {
        foreach (var firsts in clusters.Where(c => c.All(m => m.Ordinal == 1 && !m.HasResolvedDate)).ToList())
        {
            var parties = firsts.SelectMany(m => m.Participants).ToHashSet(StringComparer.Ordinal);
            var earliest = clusters
                .Where(c => c != firsts && c.Any(m => m.HasResolvedDate) && c.All(m => m.Ordinal is null or 1)
                    && c.Any(m => m.Participants.Any(parties.Contains)) && firsts.All(f => c.All(o => Compatible(f, o))))
                .MinBy(Earliest);
            if (parties.Count > 0 && earliest is not null)
            {
                earliest.AddRange(firsts);
                clusters.Remove(firsts);
            }
        }
    }

    /// <summary>The first held of these events: the one numbered first, else the earliest dated one with no number.</summary>
    private static List<EventMention>? FirstOf(List<List<EventMention>> candidates) =>
        candidates.FirstOrDefault(c => c.Any(m => m.Ordinal == 1))
        ?? candidates.Where(c => c.All(m => m.Ordinal is null) && c.Any(m => m.HasResolvedDate)).MinBy(Earliest);

    private static DateOnly Earliest(List<EventMention> cluster) =>
        cluster.Where(m => m.HasResolvedDate).Min(m => Range(m.DateValue!).First);

    private static (DateOnly, string, int) Order(EventMention m) => (m.ArticlePublished ?? DateOnly.MaxValue, m.ArticleId, m.SentenceIndex);

    private static TimelineEvent Build(List<EventMention> mentions, List<EventMention> counts, int index)
    {
        var dated = mentions.Where(m => m.HasResolvedDate).Select(m => (Mention: m, Range: Range(m.DateValue!))).ToList();
        var primary = dated.OrderBy(d => d.Range.Last.DayNumber - d.Range.First.DayNumber).ThenByDescending(d => d.Mention.ArticlePublished).FirstOrDefault();
        var conflicts = dated.Where(d => primary.Mention is not null && !Overlaps(d.Range, primary.Range)).Select(d => d.Mention.DateValue!).Distinct().ToList();

        EventStatus status = mentions.Any(m => m.Status == EventStatus.Held) ? EventStatus.Held
            : mentions.Any(m => m.Status == EventStatus.Planned) ? EventStatus.Planned
            : EventStatus.Reported;
        EventKind kind = mentions.GroupBy(m => m.Kind).OrderByDescending(g => g.Key == EventKind.Round).ThenByDescending(g => g.Count()).First().Key;
        int? ordinal = mentions.Select(m => m.Ordinal).FirstOrDefault(o => o is not null);
        string? place = mentions.Select(m => m.Place).FirstOrDefault(p => p is not null);

        DateOnly? after = null, before = null;
        if (primary.Mention is null && status == EventStatus.Held)
        {
            after = mentions.Where(m => m.Status == EventStatus.Planned && m.ArticlePublished is not null).Max(m => m.ArticlePublished);
            var heldBy = mentions.Where(m => m.Status == EventStatus.Held).Select(m => m.ArticlePublished)
                .Concat(counts.Where(c => ordinal is { } n && c.HeldCount >= n && Family(c.Kind) == Family(kind) && CloseInTime(c, mentions)).Select(c => c.ArticlePublished))
                .Where(d => d is not null && (after is null || d >= after)).ToList();
            before = heldBy.Count > 0 ? heldBy.Min() : null;
        }

        var ordered = mentions.OrderBy(Order).ToList();
        return new TimelineEvent
        {
            Id = $"e{index + 1}",
            Kind = kind,
            Ordinal = ordinal,
            Place = place,
            Participants = mentions.SelectMany(m => m.Participants).Distinct().Order(StringComparer.Ordinal).ToList(),
            DateValue = primary.Mention?.DateValue,
            DateText = primary.Mention?.DateText ?? mentions.Select(m => m.DateText).FirstOrDefault(t => t is not null),
            ConflictingDates = conflicts,
            After = after,
            Before = before,
            Status = status,
            Mentions = ordered,
        };
    }

    private static bool CloseInTime(EventMention count, List<EventMention> mentions) =>
        mentions.Any(m => m.ArticlePublished is null || Math.Abs(m.ArticlePublished.Value.DayNumber - count.ArticlePublished!.Value.DayNumber) <= MaxDaysApart);

    private static int Family(EventKind kind) => kind switch
    {
        EventKind.Round or EventKind.Talks or EventKind.Meeting => 0,
        _ => (int)kind,
    };

    private static bool Compatible(EventMention a, EventMention b)
    {
        if (Family(a.Kind) != Family(b.Kind))
        {
            return false;
        }

        if (a.Ordinal is { } x && b.Ordinal is { } y && x != y)
        {
            return false;
        }

        if (a.Place is not null && b.Place is not null && a.Place != b.Place)
        {
            return false;
        }

        if (a.ArticlePublished is { } pa && b.ArticlePublished is { } pb && Math.Abs(pa.DayNumber - pb.DayNumber) > MaxDaysApart)
        {
            return false;
        }

        // The same ordinal with different dates is one event reported inconsistently: merged, with the conflict kept.
        bool sameOrdinal = a.Ordinal is not null && a.Ordinal == b.Ordinal;
        return sameOrdinal || !(a.HasResolvedDate && b.HasResolvedDate) || Overlaps(Range(a.DateValue!), Range(b.DateValue!));
    }

    private static bool Linked(EventMention a, EventMention b) =>
        (a.Ordinal is { } x && x == b.Ordinal)
        || (a.Place is not null && a.Place == b.Place && a.HasResolvedDate && b.HasResolvedDate)
        || (a.HasResolvedDate && b.HasResolvedDate && a.DateValue == b.DateValue && TimexDescriber.PrecisionOf(a.DateValue!) == TimexPrecision.Day);

    private static (DateOnly First, DateOnly Last) Range(string value)
    {
        TimexDescriber.TryGetRange(value, out DateOnly first, out DateOnly last);
        return (first, last);
    }

    private static bool Overlaps((DateOnly First, DateOnly Last) a, (DateOnly First, DateOnly Last) b) =>
        a.First <= b.Last && b.First <= a.Last;
}
