namespace DiplomacyBot.Core.Answering;

public sealed partial class ExtractiveAnswerer
{
    /// <summary>
    /// "When ...?": the date of a statement when that is what is asked ("when did Moscow confirm ...?"); else the
    /// date of the event asked about, merged over its reports; else the best sentence that states a date.
    /// </summary>
    private Answer AnswerWhen(AnswerDraft draft)
    {
        if (draft.Analyzed.AsksStatementDate && StatementLead(draft.Ranked) is { } statement)
        {
            return new Answer(draft.Question, statement.Lead, false, Cite(ChooseQuotes(draft.Ranked, statement.Best)));
        }

        // "Since when ...?" asks when something still going on began, not the date of one of its events.
        FindFact(draft);
        return (draft.Analyzed.AsksStart ? null : EventAnswer(draft)) ?? RequireFact(draft) ?? Finish(draft);
    }
}
