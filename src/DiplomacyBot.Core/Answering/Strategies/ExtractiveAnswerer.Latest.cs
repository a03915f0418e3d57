namespace DiplomacyBot.Core.Answering;

public sealed partial class ExtractiveAnswerer
{
    /// <summary>
    /// "What's the latest on ...?": the newest relevant report leads and older ones follow. A story whose headline is
    /// about the subject counts before one that mentions it in passing, and among stories of the same day the one most
    /// about it leads. "Any update on the next round?" is answered with where the next event stands; a question about
    /// a period is answered from the newest report of it.
    /// </summary>
    private Answer AnswerLatest(AnswerDraft draft)
    {
        var relevant = draft.Ranked.Where(s => s.Coverage >= options.MinCoverage && !s.MissesName).DefaultIfEmpty(draft.Best).ToList();
        if (draft.Analyzed.Period is { } period && !draft.Analyzed.PeriodIsTarget
            && relevant.Where(s => s.Article.Published.Value is { } day && period.Admits(day)).ToList() is { Count: > 0 } then)
        {
            // "Where were things at the end of April?": the newest report of that time, not of today.
            relevant = then;
        }

        var about = relevant.Where(s => s.Signals.TitleCoverage >= LatestTitleCoverage).ToList();
        ScoredSentence newest = (about.Count > 0 ? about : relevant)
            .OrderByDescending(s => s.Article.Published.Value ?? DateOnly.MinValue)
            .ThenByDescending(s => s.Signals.TitleCoverage)
            .ThenByDescending(s => s.Score)
            .First();
        draft.Lead(Lede(draft.Ranked, newest));
        return (draft.Analyzed.AsksNext ? EventAnswer(draft) : null) ?? Finish(draft);
    }
}
