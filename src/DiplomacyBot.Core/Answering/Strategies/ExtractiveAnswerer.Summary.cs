namespace DiplomacyBot.Core.Answering;

public sealed partial class ExtractiveAnswerer
{
    /// <summary>"What did the article on ... say?": the opening of the article that covers the subject best leads.</summary>
    private Answer AnswerSummary(AnswerDraft draft)
    {
        if (SummaryArticleLede(draft.Ranked, draft.Analyzed.Ordinal) is { } lede)
        {
            draft.Lead(lede);
        }

        return Finish(draft);
    }
}
