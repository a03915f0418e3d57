namespace DiplomacyBot.Core.Answering;

public sealed partial class ExtractiveAnswerer
{
    /// <summary>
    /// "What was agreed on banking?" and other open questions: the best sentence, or one nearly as good that names
    /// the subject asked about when the best does not.
    /// </summary>
    private Answer AnswerWhat(AnswerDraft draft)
    {
        return FocusedFinish(draft);
    }

    private Answer FocusedFinish(AnswerDraft draft)
    {
        if (FocusedLead(draft.Analyzed, draft.Ranked, draft.Best) is { } focused)
        {
            draft.Lead(focused);
        }

        return Finish(draft);
    }
}
