using System.Text.RegularExpressions;
using DiplomacyBot.Core.Articles;

namespace DiplomacyBot.Core.Answering;

/// <summary>The answer strategy for each question type, chosen from one table; each lives in its own file.</summary>
public sealed partial class ExtractiveAnswerer
{
    private delegate Answer Strategy(ExtractiveAnswerer answerer, AnswerDraft draft);

    private static readonly IReadOnlyDictionary<QuestionType, Strategy> Strategies = new Dictionary<QuestionType, Strategy>
    {
        [QuestionType.When] = (a, d) => a.AnswerWhen(d),
        [QuestionType.Where] = (a, d) => a.AnswerWhere(d),
        [QuestionType.Who] = (a, d) => a.AnswerWho(d),
        [QuestionType.HowMany] = (a, d) => a.AnswerFigure(d),
        [QuestionType.HowLong] = (a, d) => a.AnswerFigure(d),
        [QuestionType.Why] = (a, d) => a.AnswerWhy(d),
        [QuestionType.WhatAgreed] = (a, d) => a.AnswerWhat(d),
        [QuestionType.Other] = (a, d) => a.AnswerWhat(d),
        [QuestionType.YesNo] = (a, d) => a.AnswerYesNo(d),
        [QuestionType.Latest] = (a, d) => a.AnswerLatest(d),
        [QuestionType.Summary] = (a, d) => a.AnswerSummary(d),
    };

    /// <summary>The question types that have a strategy (every one).</summary>
    internal static IEnumerable<QuestionType> AnsweredTypes => Strategies.Keys;

    private Answer Compose(AnswerDraft draft) => Strategies[draft.Analyzed.Type](this, draft);

    /// <summary>
    /// For a question whose answer is one fact: the best sentence that holds it, among those nearly as good as the
    /// best, is remembered on the draft.
    /// </summary>
    private void FindFact(AnswerDraft draft)
    {
        if (!draft.Factual)
        {
            return;
        }

        ScoredSentence top = draft.Best;
        var nearby = draft.Ranked
            .TakeWhile(s => s.Score >= NearbyFactScoreShare * top.Score)
            .Where(s => s.Score >= FactScoreShare * top.Score || (s.Article.Id == top.Article.Id && Math.Abs(s.Sentence.Index - top.Sentence.Index) <= 3))
            .ToList();
        // What happened at a numbered event that has taken place is told by the reports of it held, when there are
        // any: a report from before it, which only looks ahead to it, tells of something else.
        bool heldReported = draft.Analyzed.Tense == Events.EventStatus.Held && draft.Analyzed.NumberedEvent is not null && draft.Analyzed.Ordinal is { } numbered
            && !LooksAheadTo(draft.Analyzed)
            && nearby.Any(s => s.Coverage >= options.MinCoverage && !s.MissesName && s.OnAskedEvent != false && ReportsHeld(s.Article, numbered));
        var holding = nearby
            // A sentence that lacks the question's most distinctive word, which the best holds, is about something else:
            // another company's workers voting on another offer.
            .Where(s => s.Coverage >= options.MinCoverage && !s.MissesName && s.OnAskedEvent != false && (!s.MissesRarest || top.MissesRarest)
                && !(heldReported && OnlyAhead(s.Article, draft.Analyzed.Ordinal))
                && SharesWords(s, top) && OfAskedKind(draft.Analyzed, s) && HoldsFact(draft.Analyzed, s));
        draft.Holding = Finest(draft.Analyzed, holding);
    }

    /// <summary>
    /// Of the sentences that hold the fact, best first, the first; but asked "when ...?", a date that names only the
    /// week, month, season or quarter ("set to take effect in April") gives way to one of the others that writes out a
    /// day within it ("the duties take effect on April 17"): the same time, told more exactly. A year is too wide for a
    /// day in it to be the same time, and a day named by its weekday ("on Friday") is only as right as the reading of
    /// the tense around it. The others are read only when the first's date is that coarse.
    /// </summary>
    private static ScoredSentence? Finest(AnalyzedQuestion analyzed, IEnumerable<ScoredSentence> holding)
    {
        using var each = holding.GetEnumerator();
        if (!each.MoveNext())
        {
            return null;
        }

        ScoredSentence first = each.Current;
        if (analyzed.Type != QuestionType.When || analyzed.AsksStatementDate || analyzed.AsksHowSoon
            || LeadDate(analyzed, first) is not { } coarse
            || Time.TimexDescriber.PrecisionOf(coarse.Value) is not (Time.TimexPrecision.Week or Time.TimexPrecision.Month or Time.TimexPrecision.Season or Time.TimexPrecision.Quarter)
            || !Time.TimexDescriber.TryGetRange(coarse.Value, out DateOnly from, out DateOnly to))
        {
            return first;
        }

        while (each.MoveNext())
        {
            if (LeadDate(analyzed, each.Current) is { } fine && fine.Text.Any(char.IsDigit)
                && Time.TimexDescriber.PrecisionOf(fine.Value) is Time.TimexPrecision.Day or Time.TimexPrecision.Time
                && Time.TimexDescriber.TryGetRange(fine.Value, out DateOnly day, out _) && day >= from && day <= to)
            {
                return each.Current;
            }
        }

        return first;
    }

    /// <summary>
    /// Whether the question asks of something done before the numbered event, for it: "a date for the second meeting",
    /// "what did they propose ahead of the third round?", "what did they hope to achieve at the second round?".
    /// </summary>
    private static bool LooksAheadTo(AnalyzedQuestion analyzed) =>
        analyzed.NumberedEvent is { } numbered && analyzed.Text.IndexOf(numbered, StringComparison.OrdinalIgnoreCase) is >= 0 and var at
        && (AheadOf().IsMatch(analyzed.Text.AsSpan(0, at)) || Hoped().IsMatch(analyzed.Text.AsSpan(0, at)));

    /// <summary>"for the", "before their", "ahead of a", "in the run-up to the": what comes before an event, said before it.</summary>
    [GeneratedRegex(@"\b(?:for|before|ahead\s+of|prior\s+to|in\s+the\s+run-?up\s+to|going\s+into|toward|towards)\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+|this\s+|that\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AheadOf();

    /// <summary>"expected to", "hope to", "plan to", "want to": what was looked for from the event before it.</summary>
    [GeneratedRegex(@"\b(?:expect(?:s|ed)?|hop(?:e|es|ed)|plan(?:s|ned)?|want(?:s|ed)?|intend(?:s|ed)?|aim(?:s|ed)?)\s+(?:\S+\s+)?to\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hoped();

    /// <summary>Whether an article speaks of the numbered event only as still to come.</summary>
    private static bool OnlyAhead(Article article, int? ordinal) =>
        article.Events.Any(e => e.Ordinal == ordinal && e.Status == Events.EventStatus.Planned) && !ReportsHeld(article, ordinal);

    /// <summary>
    /// Whether a sentence can date the event a "when ...?" question names: one that speaks of no meeting, talks or
    /// other event ("the pact, set up in 1969, ...") dates something else.
    /// </summary>
    private static bool OfAskedKind(AnalyzedQuestion analyzed, ScoredSentence s) =>
        analyzed.Type != QuestionType.When || !analyzed.NamesEvent || analyzed.AsksStart || analyzed.AsksStatementDate
        || Events.EventExtractor.MentionsEvent(s.Sentence.TextOf(s.Article));

    /// <summary>
    /// Whether a sentence of another article than the best one shares at least half as many of the question's words:
    /// one found by its meaning alone, with the fact but few of the words, is about something near the question.
    /// </summary>
    private static bool SharesWords(ScoredSentence s, ScoredSentence top) =>
        s.Article.Id == top.Article.Id || s.Signals.LexicalCoverage >= top.Signals.LexicalCoverage / 2;

    /// <summary>
    /// For a question whose answer is one fact: the answer saying the articles do not state it, or null with the
    /// sentence that states it leading.
    /// </summary>
    private Answer? Unstated(AnswerDraft draft)
    {
        FindFact(draft);
        return RequireFact(draft);
    }

    /// <summary>
    /// The fact found leads; with none, the answer says the articles do not state it (and shows the closest passages).
    /// </summary>
    private Answer? RequireFact(AnswerDraft draft)
    {
        if (!draft.Factual)
        {
            return null;
        }

        if (draft.Holding is not { } holding)
        {
            // "Who will lead the delegations at the third round?" when the reports only expect that round; "who won the
            // vote?" when no report says who did it and the best reports only expect what was done.
            if ((Awaited(draft) ?? (draft.Analyzed.WhoDeed is not null ? Expected(draft.Analyzed, draft.Ranked) : null)) is { } awaited)
            {
                return NotReportedYet(draft.Question, draft.Ranked, awaited, "the latest report");
            }

            string unsaid = draft.Analyzed.AsksResponse ? "how it was answered"
                : draft.Analyzed.AsksMention && draft.Analyzed.Focus.Count > 0 ? "whether anything was said about "
                    + (draft.Analyzed.Subject ?? string.Join(" or ", draft.Analyzed.Focus.Select(g => draft.Analyzed.Groups[g].Key)))
                : draft.Analyzed.Type == QuestionType.YesNo && draft.Analyzed.Speaker is { } speaker ? $"that {Capitalize(speaker)} said so"
                : draft.Analyzed.Type == QuestionType.YesNo && !draft.Analyzed.AsksDecision ? "whether a date was given" : Asked(draft.Analyzed);
            return new Answer(draft.Question, $"The stored articles don't say {unsaid}. These are the closest passages I found:", true, Cite(draft.Ranked.Take(options.MaxQuotes)));
        }

        draft.Lead(holding);
        return null;
    }

    /// <summary>
    /// For a question about a numbered or coming event that no report states the fact of: the newest report of that
    /// event, when the reports only expect it, so the fact asked for cannot be known yet.
    /// </summary>
    private static ScoredSentence? Awaited(AnswerDraft draft)
    {
        AnalyzedQuestion analyzed = draft.Analyzed;
        if (analyzed.NumberedEvent is null && !analyzed.LooksAhead)
        {
            return null;
        }

        var evidence = draft.Ranked.Take(EventEvidenceDepth).ToList();
        return EventAnswerer.Find(analyzed, evidence, draft.Ranked) is { Event.Status: Events.EventStatus.Planned } found
            ? found.Evidence.MaxBy(s => s.Article.Published.Value ?? DateOnly.MinValue)
            : null;
    }

    /// <summary>
    /// An event's date merged over every report of it, when the question numbers the event ("the third round", "the
    /// next meeting") or no single sentence near the top dates it.
    /// </summary>
    private Answer? EventAnswer(AnswerDraft draft)
    {
        AnalyzedQuestion analyzed = draft.Analyzed;
        if (!analyzed.NamesEvent || (analyzed.Ordinal is null && !analyzed.AsksNext && draft.Holding is not null))
        {
            return null;
        }

        // A sentence that covers too little of the question, or not its names, reports some other event.
        var evidence = draft.Ranked.Take(analyzed.AsksNext ? NextEventEvidenceDepth : EventEvidenceDepth)
            .Where(s => s.Coverage >= options.MinCoverage && !s.MissesName)
            .ToList();
        if (draft.Holding is { } holding)
        {
            evidence.Add(holding);
        }

        if (EventAnswerer.Find(analyzed, evidence, draft.Ranked) is not { } found
            || (analyzed.AsksDay && found.Event.Precision is not (Time.TimexPrecision.Day or Time.TimexPrecision.Time))
            || (analyzed.AsksClockTime && found.Event.Precision is not Time.TimexPrecision.Time)
            || (analyzed.AsksAhead && found.Event.Status == Events.EventStatus.Held))
        {
            return null;
        }

        var quotes = found.Evidence.Take(options.MaxQuotes).ToList();
        return new Answer(draft.Question, EventLead(found.Event, quotes[0]), false, Cite(quotes));
    }

    /// <summary>The quotes around the leading sentence, and a lead phrased for the question's type.</summary>
    private Answer Finish(AnswerDraft draft)
    {
        var chosen = ChooseQuotes(draft.Ranked, draft.Best, draft.Analyzed.Type);
        if (TitledBefore(draft.Analyzed, draft.Best) is { } titled)
        {
            // The sentence that names what the best one calls by its kind follows it.
            chosen = QuotedSecond(chosen, titled.At).Take(options.MaxQuotes).ToList();
        }

        return new Answer(draft.Question, Lead(draft.Analyzed, chosen), false, Cite(chosen));
    }

    /// <summary>The quotes with a sentence of the first one's article quoted right after it, and not again later.</summary>
    private static List<ScoredSentence> QuotedSecond(List<ScoredSentence> chosen, Sentence sentence)
    {
        Article article = chosen[0].Article;
        var quotes = chosen.Where(c => c.Article.Id != article.Id || c.Sentence.Index != sentence.Index).ToList();
        quotes.Insert(1, new ScoredSentence(article, sentence, 0, 0, 0, 0));
        return quotes;
    }
}
