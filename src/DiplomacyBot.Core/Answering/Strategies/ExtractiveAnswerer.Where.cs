namespace DiplomacyBot.Core.Answering;

public sealed partial class ExtractiveAnswerer
{
    /// <summary>"Where ...?": the best sentence that puts the event somewhere, led by the most specific place it names.</summary>
    private Answer AnswerWhere(AnswerDraft draft)
    {
        if (Unstated(draft) is { } unsaid)
        {
            return unsaid;
        }

        ScoredSentence best = draft.Best;
        var chosen = ChooseQuotes(draft.Ranked, best, draft.Analyzed.Type);
        if (Locate(draft.Analyzed, best) is not { } located)
        {
            return new Answer(draft.Question, Lead(draft.Analyzed, chosen), false, Cite(chosen));
        }

        if (located.Detail is { } detail && !chosen.Any(c => c.Article.Id == detail.Article.Id && c.Sentence.Index == detail.Sentence.Index))
        {
            chosen.Insert(1, detail);
            chosen = chosen.Take(options.MaxQuotes).ToList();
        }

        string text = best.Sentence.TextOf(best.Article).Trim().Trim('"', '“', '”');
        return new Answer(draft.Question, $"{Capitalize(located.Place)}, according to {SourceLabel(best.Article)}: {Text.Shortened.To(text, 240)}", false, Cite(chosen));
    }
}
