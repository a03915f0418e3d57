namespace DiplomacyBot.Core.Answering;

public sealed partial class ExtractiveAnswerer
{
    /// <summary>"Why ...?": a sentence that gives a reason leads, when one is nearly as good as the best.</summary>
    private Answer AnswerWhy(AnswerDraft draft)
    {
        ScoredSentence best = draft.Best;
        if (draft.Ranked.TakeWhile(s => s.Score >= ReasonScoreShare * best.Score)
                .FirstOrDefault(s => s.Coverage >= options.MinCoverage && !s.MissesName && CauseLanguage().IsMatch(s.Sentence.TextOf(s.Article))) is { } reason)
        {
            draft.Lead(reason);
        }

        return Finish(draft);
    }
}
