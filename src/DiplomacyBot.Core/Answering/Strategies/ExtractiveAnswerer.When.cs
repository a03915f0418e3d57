namespace DiplomacyBot.Core.Answering;

public sealed partial class ExtractiveAnswerer
{
    /// <summary>
    /// "When ...?": the date of a statement when that is what is asked ("when did Moscow confirm ...?"); else the
    /// date of the event asked about, merged over its reports; else the best sentence that states a date. Asked when
    /// something took place that the report dating it only expects, for a day after it was written, the answer is that
    /// it is not reported yet.
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
}
