using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Events;
using DiplomacyBot.Core.Storage;

namespace DiplomacyBot.Core.Answering;

/// <summary>
/// Questions about the collection rather than a subject: "What's the latest?" is answered with the newest reports'
/// opening sentences, "What happened in June 1987?" with the events the reports of that period date in it and the
/// reports that report the most, each quoted where it tells of such an event; each a verbatim, dated citation.
/// </summary>
public sealed class ReportsOverview(IArticleStore store, int maxQuotes)
{
    /// <summary>Reports of a period read, spread over it, to choose the ones to show.</summary>
    private const int PeriodCandidates = 150;

    /// <summary>An opening sentence shorter than this (a stray dateline or a fragment) gives way to the next one.</summary>
    private const int ShortestLead = 40;

    /// <summary>The newest reports, as of <paramref name="asOf"/> when given.</summary>
    public Answer Newest(string question, DateOnly? asOf)
    {
        var articles = Load(store.PublishedBetween(null, asOf, maxQuotes));
        if (articles.Count == 0)
        {
            return new Answer(question, asOf is { } day ? $"The stored articles have no dated reports up to {DateText.Day(day)}." : "The stored articles have no dated reports yet.", true, []);
        }

        Article newest = articles[0];
        string lead = $"The newest report is \"{newest.Title}\", {newest.Outlet ?? "unknown outlet"} ({DateText.Published(newest.Published.Value)})"
            + (articles.Count > 1 ? $"; here are the {Text.Counted.Of(articles.Count, "newest report")} and how they open:" : ":");
        return new Answer(question, lead, false, Cite(articles));
    }

    /// <summary>The reports published in the period (to <paramref name="asOf"/> at the latest).</summary>
    public Answer Period(string question, TimeConstraint period, DateOnly reference, DateOnly? asOf)
    {
        // A month named without a year is the latest such month the collection reaches, up to the reference day.
        if (period.First is null && store.PublishedBetween(null, asOf, 1) is [{ } newestId] && store.Get(newestId)?.Published.Value is { } newest && newest < reference)
        {
            reference = newest;
        }

        (DateOnly first, DateOnly last) = Span(period, reference);
        if (asOf is { } day && day < last)
        {
            last = day;
        }

        string span = first.Day == 1 && last == first.AddMonths(1).AddDays(-1)
            ? first.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)
            : first.DayOfYear == 1 && last == new DateOnly(first.Year, 12, 31) ? first.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : $"{DateText.Day(first)} to {DateText.Day(last)}";
        var ids = last < first ? [] : store.PublishedBetween(first, last, int.MaxValue);
        if (ids.Count == 0)
        {
            return new Answer(question, $"The stored articles have no reports from {span}.", true, []) { Outcome = AnswerOutcome.OutsidePeriod };
        }

        // Reports read from across the period (ids come newest first); of those, the ones that mention the most events
        // say the most about what happened, one a day at most, shown in the order they appeared.
        int step = Math.Max(1, ids.Count / PeriodCandidates);
        var chosen = Load(ids.Where((_, i) => i % step == 0).Take(PeriodCandidates).ToList())
            .OrderByDescending(a => a.Events.Count).ThenByDescending(a => a.Published.Value).ThenBy(a => a.Id, StringComparer.Ordinal)
            .DistinctBy(a => a.Published.Value)
            .Take(maxQuotes)
            .OrderBy(a => a.Published.Value).ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        bool InSpan(EventMention m) => m.Kind.Noun() is not null && m.DateValue is { } value
            && Time.TimexDescriber.TryGetRange(value, out DateOnly from, out DateOnly to) && from >= first && to <= last;
        var happened = chosen.SelectMany(a => a.Events.Where(InSpan).Select(m => (Article: a, Mention: m))).ToList();
        string events = happened.Count == 0 ? string.Empty
            : "; the events they date then include " + string.Join("; ", happened
                .Select(h => $"{h.Mention.Kind.Noun()}{(h.Mention.Place is { } place ? $" in {place}" : string.Empty)} ({Time.TimexDescriber.Describe(h.Mention.DateValue!)}, {h.Mention.Status.ToString().ToLowerInvariant()})")
                .Distinct(StringComparer.Ordinal)
                .Take(MaxEventsNamed));
        var told = happened.GroupBy(h => h.Article.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Mention, StringComparer.Ordinal);
        var quoted = chosen.Select(a => told.TryGetValue(a.Id, out EventMention? mention) ? EventCitations.For([mention], _ => a).FirstOrDefault() : Lead(a));
        return new Answer(question, $"The stored articles hold {Text.Counted.Of(ids.Count, "report")} from {span}{events}. These report the most:", false, [.. quoted.OfType<Citation>()]);
    }

    /// <summary>How many of a period's events the answer names; its quotes show where each report tells of one.</summary>
    private const int MaxEventsNamed = 4;

    /// <summary>The days a period covers: a month named without a year is the latest such month up to the reference day.</summary>
    private static (DateOnly First, DateOnly Last) Span(TimeConstraint period, DateOnly reference)
    {
        if (period.First is { } first && period.Last is { } last)
        {
            return (first, last);
        }

        int month = period.Month ?? reference.Month;
        int year = month <= reference.Month ? reference.Year : reference.Year - 1;
        var start = new DateOnly(year, month, 1);
        return (period.First ?? start, period.Last ?? start.AddMonths(1).AddDays(-1));
    }

    private List<Article> Load(IReadOnlyList<string> ids)
    {
        var found = store.GetMany(ids);
        return ids.Where(found.ContainsKey).Select(id => found[id]).Where(a => a.Sentences.Count > 0).ToList();
    }

    private static List<Citation> Cite(IEnumerable<Article> articles) => articles.Select(Lead).OfType<Citation>().ToList();

    private static Citation? Lead(Article a) => Citation.Verified(a, a.Sentences.FirstOrDefault(s => s.End - s.Start >= ShortestLead) ?? a.Sentences[0], 1.0);
}
