using System.Text.RegularExpressions;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Text;
using DiplomacyBot.Core.Time;

namespace DiplomacyBot.Core.Events;

/// <summary>
/// Finds event mentions in an article's sentences with general rules: a trigger word (round, talks, meeting, summit,
/// visit, agreement, announcement, or an elliptical "hold a third"), then, within the trigger's clause, the nearest
/// ordinal, place and resolved date, and the clause's status (planned, held, reported). A mention must be anchored by
/// an ordinal, a place or a date; unanchored talk of "negotiations" is not an event.
/// </summary>
public sealed partial class EventExtractor(Places places)
{
    private const int Window = 10;

    public EventExtractor()
        : this(Places.Default)
    {
    }

    private static readonly Regex Trigger = new(@"\b(?:" + string.Concat(Text.EventWords.Triggers.Select(t => $"(?<{t.Kind}>{t.Words})|")) + @"(?:hold|holding|have|host|hosting|convene|stage)\s+(?:a|the)\s+(?<ellipsis>" + Text.Ordinals.LaterWords + @"|next)\b(?!\s+(?:time|day|week|month|year|quarter|half)))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Whether text names an event ("round", "talks", "met", "summit", "visit", "hold a third", ...).</summary>
    public static bool MentionsEvent(string text) => Trigger.IsMatch(text);

    private static readonly Regex OrdinalWord = new(@"\b(?:" + Ordinals.Pattern + "|" + Ordinals.OtherFirstWords + @"|next|follow-up|latest|last)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>What continues an event word into one phrase: "round <i>of fisheries talks</i>".</summary>
    private static readonly Regex OfEvent = new(@"\G\s+of\s+(?:[\p{L}-]+\s+){0,2}?(?:" + Text.EventWords.Meeting + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Words that place an event after an earlier one of its kind without giving its number.</summary>
    [GeneratedRegex(@"\b(?:follow-up|follow-on|subsequent|further|another)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LaterWord();

    private static readonly Regex HeldCount = new(@"\b(?:already\s+)?(?:had|held|completed|conducted|hosted)\s+(?<n>" + Ordinals.CardinalsFrom(2, Ordinals.LastNumbered) + @"|\d+)\s+(?:" + EventWords.Counted + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    [GeneratedRegex(@"\b(?:will|would|shall|is to|are to|going to|to be held|to take place|set to|scheduled|planned|plans?|planning|preparing|being prepared|expected|upcoming|next|agreed to hold|agreed to meet|(?:could|may|might)\s+(?:take place|be held)|due to|intends?|proposed|to hold|to meet|is set|are set|(?:left|deferred|postponed|put off|pushed back|saved)\s+(?:for|to|until|till))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FutureCue();

    [GeneratedRegex(@"\b(?:met|held|took place|concluded|concluding|ended|lasted|was|were|had|have been|has been|hosted|signed|agreed|recent|previous|earlier|initial|after|following|last)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PastCue();

    [GeneratedRegex(@"[;:]|,\s+(?:and|but|while|whereas)\s+|\s+and\s+now\s+|,\s+where\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\b(?:since|until|till|before|after|by|from)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoundPreposition();

    [GeneratedRegex(@"\b(?:in|at|to|near|inside|outside)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlacePreposition();


    public IReadOnlyList<EventMention> Extract(Article article)
    {
        var mentions = new List<EventMention>();
        foreach (Sentence sentence in article.Sentences)
        {
            string text = sentence.TextOf(article);
            if (!Trigger.IsMatch(text))
            {
                continue;
            }

            EventStatus sentenceStatus = StatusOf(text);
            foreach (var (start, end) in Clauses(text))
            {
                if (Best(article, sentence, text, start, end, sentenceStatus) is { } mention)
                {
                    mentions.Add(mention);
                }
            }
        }

        return mentions;
    }

    private EventMention? Best(Article article, Sentence sentence, string text, int clauseStart, int clauseEnd, EventStatus sentenceStatus)
    {
        string clause = text[clauseStart..clauseEnd];
        int? heldCount = HeldCount.Match(clause) is { Success: true } count ? CountValue(count.Groups["n"].Value) : null;
        EventMention? best = null;
        double bestScore = -1;
        foreach (Match trigger in Trigger.Matches(clause))
        {
            (EventKind kind, int? ordinal) = KindOf(trigger);
            bool plural = trigger.Value.EndsWith('s') && kind is EventKind.Round or EventKind.Summit
                || trigger.Value.Equals("meetings", StringComparison.OrdinalIgnoreCase);
            if (plural && heldCount is null)
            {
                continue;
            }

            int at = clauseStart + trigger.Index, to = at + trigger.Length;
            if (OfEvent.Match(text, to) is { Success: true } phrase && phrase.Index + phrase.Length <= clauseEnd)
            {
                // "the second round of fisheries talks ... on April 10": the phrase is one event, anchored from its end too.
                to = phrase.Index + phrase.Length;
            }

            bool follows = ordinal is null && LaterWord().IsMatch(text[Math.Max(clauseStart, WordsBefore(text, at, 3))..at]);
            ordinal ??= NearbyOrdinal(text, clauseStart, at);
            ordinal = ordinal is > 0 ? ordinal : null;
            var (place, placeDistance) = NearestPlace(text, clauseStart, clauseEnd, at, to);
            var (date, dateDistance) = NearestDate(sentence, text, clauseStart, clauseEnd, at, to);
            bool anchored = ordinal is not null || place is not null || date is not null || heldCount is not null;
            if (!anchored)
            {
                continue;
            }

            // More anchors win; among equals, the trigger whose anchors sit closest to it.
            double score = (ordinal is null ? 0 : 4) + (date is null ? 0 : 3) + (place is null ? 0 : 2) + Priority(kind)
                - ((placeDistance + dateDistance) / 1000.0);
            if (score <= bestScore)
            {
                continue;
            }

            EventStatus status = PastTenseTrigger(trigger.Value) ? EventStatus.Held
                : StatusOf(clause) is var s && s != EventStatus.Reported ? s : sentenceStatus;
            if (status == EventStatus.Reported && ordinal is null && place is null)
            {
                // A date alone, with nothing saying the event happened or is planned, is too weak to be an event.
                continue;
            }

            bestScore = score;
            best = new EventMention
            {
                ArticleId = article.Id,
                SentenceIndex = sentence.Index,
                Kind = kind,
                Ordinal = ordinal,
                Place = place,
                Participants = Parties.Default.In(clause),
                DateValue = date?.Value,
                DateText = date?.Text,
                Status = plural ? EventStatus.Held : status,
                HeldCount = plural ? heldCount : null,
                FollowsEarlier = follows && ordinal is null,
                ArticlePublished = article.Published.Value,
                SentenceText = text,
            };
        }

        return best;
    }

    private static (EventKind Kind, int? Ordinal) KindOf(Match trigger)
    {
        GroupCollection g = trigger.Groups;
        if (g["ellipsis"].Success)
        {
            int n = OrdinalValue(g["ellipsis"].Value);
            return (EventKind.Round, n);
        }

        EventKind kind = g["round"].Success ? EventKind.Round
            : g["talks"].Success ? EventKind.Talks
            : g["meeting"].Success ? EventKind.Meeting
            : g["summit"].Success ? EventKind.Summit
            : g["visit"].Success ? EventKind.Visit
            : g["agreement"].Success ? EventKind.Agreement
            : EventKind.Announcement;
        return (kind, null);
    }

    /// <summary>Among equally anchored triggers, the more specific kind names the event ("a second round of talks" is a round).</summary>
    private static double Priority(EventKind kind) => kind switch
    {
        EventKind.Round => 1.2,
        EventKind.Summit => 1.1,
        EventKind.Meeting => 1,
        EventKind.Talks => 1,
        EventKind.Visit => 1,
        _ => 0,
    };

    /// <summary>An ordinal in the few words before the trigger ("a second round", "the third phase"); 0 for "next" and the like.</summary>
    private static int? NearbyOrdinal(string text, int clauseStart, int triggerStart)
    {
        int from = Math.Max(clauseStart, WordsBefore(text, triggerStart, 3));
        Match m = OrdinalWord.Matches(text[from..triggerStart]).LastOrDefault() ?? Match.Empty;
        return m.Success ? OrdinalValue(m.Value) : null;
    }

    private (string? Place, int Distance) NearestPlace(string text, int clauseStart, int clauseEnd, int at, int to)
    {
        int from = Math.Max(clauseStart, WordsBefore(text, at, 2));
        int until = Math.Min(clauseEnd, WordsAfter(text, to, Window));
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var (start, end, name) in places.Find(text[clauseStart..clauseEnd]))
        {
            int s = clauseStart + start, e = clauseStart + end;
            bool before = e <= at && s >= from;
            bool after = s >= to && s <= until && PlacePreposition().IsMatch(text[Math.Max(0, s - 12)..s]);
            if (!before && !after)
            {
                continue;
            }

            int distance = before ? at - e : s - to;
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = name;
            }
        }

        return (best, best is null ? 0 : bestDistance);
    }

    private static (TemporalExpression? Date, int Distance) NearestDate(Sentence sentence, string text, int clauseStart, int clauseEnd, int at, int to)
    {
        int from = Math.Max(clauseStart, WordsBefore(text, at, Window));
        int until = Math.Min(clauseEnd, WordsAfter(text, to, Window));
        TemporalExpression? best = null;
        int bestDistance = int.MaxValue;
        foreach (TemporalExpression t in sentence.Times)
        {
            if (t.Type is not (TimexType.Date or TimexType.Time) || t.Value.EndsWith("_REF", StringComparison.Ordinal)
                || t.Start < from || t.End > until || BoundPreposition().IsMatch(text[Math.Max(0, t.Start - 8)..t.Start]))
            {
                continue;
            }

            int distance = t.End <= at ? at - t.End : t.Start >= to ? t.Start - to : 0;
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = t;
            }
        }

        return (best, best is null ? 0 : bestDistance);
    }

    private static bool PastTenseTrigger(string trigger) =>
        trigger.Equals("announced", StringComparison.OrdinalIgnoreCase) || trigger.Equals("signed", StringComparison.OrdinalIgnoreCase)
        || trigger.Equals("met", StringComparison.OrdinalIgnoreCase) || trigger.Equals("visited", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether text reports something as planned, held, or neither, from its tense cues.</summary>
    public static EventStatus StatusOf(string clause)
    {
        int future = FutureCue().Count(clause);
        int past = PastCue().Count(clause);
        return future > 0 && future >= past ? EventStatus.Planned : past > 0 ? EventStatus.Held : EventStatus.Reported;
    }

    private static IEnumerable<(int Start, int End)> Clauses(string text)
    {
        int start = 0;
        foreach (Match m in ClauseBreak().Matches(text))
        {
            if (m.Index > start)
            {
                yield return (start, m.Index);
            }

            start = m.Index + m.Length;
        }

        if (start < text.Length)
        {
            yield return (start, text.Length);
        }
    }

    private static int WordsBefore(string text, int position, int words)
    {
        int i = position;
        for (int w = 0; w < words && i > 0; w++)
        {
            while (i > 0 && char.IsWhiteSpace(text[i - 1]))
            {
                i--;
            }

            while (i > 0 && !char.IsWhiteSpace(text[i - 1]))
            {
                i--;
            }
        }

        return i;
    }

    private static int WordsAfter(string text, int position, int words)
    {
        int i = position;
        for (int w = 0; w < words && i < text.Length; w++)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }
        }

        return i;
    }

    internal static int OrdinalValue(string word) => Ordinals.Value(word);

    private static int? CountValue(string word) => Ordinals.CardinalValue(word) ?? (int.TryParse(word, out int n) ? n : null);
}
