using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Answering;

public sealed partial class ExtractiveAnswerer
{
    /// <summary>
    /// "When ...?": the date of a statement when that is what is asked ("when did Moscow confirm ...?"); else the
    /// date of the event asked about, merged over its reports; else the best sentence that states a date. Asked when
    /// something took place that the report dating it only expects, for a day after it was written, the answer is that
    /// it is not reported yet; a report that says no date was set answers that none was given.
    /// </summary>
    private Answer AnswerWhen(AnswerDraft draft)
    {
        if (draft.Analyzed.AsksStatementDate && StatementLead(draft.Ranked) is { } statement)
        {
            return new Answer(draft.Question, statement.Lead, false, Cite(ChooseQuotes(draft.Ranked, statement.Best)));
        }

        FindFact(draft);
        if (draft.Holding is { } holding && StillAhead(draft.Analyzed, holding, OutcomeEvidenceOf(draft.Ranked)))
        {
            return NotReportedYet(draft.Question, draft.Ranked, holding, "the latest report");
        }

        // A report that says no date was set or given ("no date has been set for the vote", "did not say when") answers
        // so, when it ranks above any sentence that dates it and that sentence's report is no newer: a later report
        // may give the date that was still to be set.
        if (!draft.Analyzed.AsksStatementDate && Withheld(draft, NoDateGiven(), _ => false) is { } undated
            && (draft.Holding is not { } dated
                || (draft.Ranked.IndexOf(undated) < draft.Ranked.IndexOf(dated) && !(dated.Article.Published.Value > undated.Article.Published.Value))))
        {
            return SaysFirst(draft.Question, draft.Ranked, undated, $"No date was given: {SourceLabel(undated.Article)}");
        }

        // "Since when ...?" asks when something still going on began, not the date of one of its events.
        return (draft.Analyzed.AsksStart ? null : EventAnswer(draft)) ?? RequireFact(draft) ?? Finish(draft);
    }

    /// <summary>
    /// Whether a sentence dates what a question in the past tense asks about ("when did the summit take place?") only
    /// as still to come: it expects it, every date it gives lies after the day its report was written, and none of the
    /// evidence on the question is from a later report, which may tell how it went.
    /// </summary>
    private static bool StillAhead(AnalyzedQuestion analyzed, ScoredSentence holding, List<ScoredSentence> evidence)
    {
        if (analyzed.Tense != Events.EventStatus.Held || analyzed.AsksStart || analyzed.AsksStatementDate
            || holding.Article.Published.Value is not { } published
            || SentenceFeatures.StatusOf(holding.Article, holding.Sentence) != Events.EventStatus.Planned
            || evidence.Any(s => s.Article.Published.Value > published))
        {
            return false;
        }

        string text = holding.Sentence.TextOf(holding.Article);
        var dates = AnswerFacts.EventDates(holding.Sentence, text, analyzed.NamesReporting).ToList();
        return dates.Count > 0 && dates.All(t => Time.TimexDescriber.TryGetRange(t.Value, out DateOnly first, out _) && first > published);
    }

    /// <summary>
    /// "no date has been set", "no date for the vote was given", "the date has not yet been fixed", "did not say when",
    /// "declined to give a date", "at a date to be announced", "without setting a new date": a date a report says was not
    /// made known.
    /// </summary>
    [GeneratedRegex(@"\bno\s+(?:new\s+|firm\s+|specific\s+|exact\s+|fixed\s+)?(?:date|timetable|timing|deadline)\s+(?:for\s+[^.;]{1,40}?\s+)?(?:has|had|have|was|were|is)\s+(?:yet\s+)?(?:been\s+)?(?:set|fixed|given|announced|agreed|decided|scheduled|named)\b|\b(?:date|timing|timetable)\s+(?:for\s+[^.;]{1,40}?\s+)?(?:has|had|was|is)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:set|fixed|given|announced|decided|agreed|scheduled)\b|\b(?:did\s+not|didn['’]t|declined\s+to|refused\s+to|would\s+not|wouldn['’]t|could\s+not|couldn['’]t)\s+(?:say|specify|give|set|name|disclose)\s+(?:when|a\s+date|the\s+date|any\s+date|a\s+timetable)\b|\bat\s+a\s+(?:later\s+)?date\s+(?:yet\s+)?to\s+be\s+(?:set|fixed|announced|determined|decided|agreed)\b|\bwithout\s+(?:setting|giving|naming)\s+a\s+(?:new\s+)?date\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoDateGiven();
}
