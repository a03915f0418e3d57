namespace DiplomacyBot.Core.Answering;

public sealed partial class ExtractiveAnswerer
{
    /// <summary>
    /// "Who ...?": whoever holds the role or title asked for ("who chairs ...?", "who is the foreign minister?"), else the
    /// best sentence naming a person.
    /// </summary>
    private Answer AnswerWho(AnswerDraft draft)
    {
        if ((RoleHolder(draft.Analyzed, draft.Ranked) ?? TitleHolder(draft.Analyzed, draft.Ranked)) is { } holder)
        {
            var quotes = new List<ScoredSentence> { holder.Sentence };
            quotes.AddRange(draft.Ranked.Where(s => s.Article.Id == holder.Sentence.Article.Id && s.Sentence.Index != holder.Sentence.Sentence.Index).Take(options.MaxQuotes - 1));
            string said = holder.Sentence.Sentence.TextOf(holder.Sentence.Article).Trim();
            return new Answer(draft.Question, $"{holder.Name} ({holder.Role}), according to {SourceLabel(holder.Sentence.Article)}: {Text.Shortened.To(said, 240)}", false, Cite(quotes));
        }

        return Unstated(draft) ?? Finish(draft);
    }
}
