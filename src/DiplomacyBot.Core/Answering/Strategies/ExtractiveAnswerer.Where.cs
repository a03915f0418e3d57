using DiplomacyBot.Core.Articles;

namespace DiplomacyBot.Core.Answering;

public sealed partial class ExtractiveAnswerer
{
    /// <summary>How many of the best sentences are read as the statement a "where was X when they said ...?" asks about.</summary>
    private const int StatementDepth = 3;

    /// <summary>How many sentences before and after the statement are read for the occasion it was made at.</summary>
    private const int SettingWindow = 3;

    /// <summary>
    /// "Where ...?": the best sentence that puts the event somewhere, led by the most specific place it names; for
    /// "where was X when they said ...?", the occasion the statement was made at.
    /// </summary>
    private Answer AnswerWhere(AnswerDraft draft)
    {
        (ScoredSentence Said, Sentence At, string Setting)? statement = draft.Analyzed.AsksStatementPlace ? StatementSetting(draft) : null;
        if (statement is null && Unstated(draft) is { } unsaid)
        {
            return unsaid;
        }

        ScoredSentence best = statement?.Said ?? draft.Best;
        var chosen = ChooseQuotes(draft.Ranked, best, draft.Analyzed.Type);
        if (statement is { } made && made.At.Index != best.Sentence.Index)
        {
            // The sentence that gives the occasion follows the statement.
            chosen = QuotedSecond(chosen, made.At);
        }

        var located = statement is { } given ? (given.Setting, null) : Locate(draft.Analyzed, best);
        if (located is not { } found)
        {
            return new Answer(draft.Question, Lead(draft.Analyzed, chosen), false, Cite(chosen));
        }

        if (found.Detail is { } detail && !chosen.Any(c => c.Article.Id == detail.Article.Id && c.Sentence.Index == detail.Sentence.Index))
        {
            chosen.Insert(1, detail);
        }

        string text = best.Sentence.TextOf(best.Article).Trim().Trim('"', '“', '”');
        return new Answer(draft.Question, $"{Capitalize(found.Place)}, according to {SourceLabel(best.Article)}: {Text.Shortened.To(text, 240)}", false, Cite(chosen.Take(options.MaxQuotes).ToList()));
    }

    /// <summary>
    /// "Where was the minister when he said ...?": the best sentence reporting the statement, the sentence that gives
    /// the occasion it was made at (the statement itself, "at a press conference", or one near it naming the speaker,
    /// "... said after the session of the council") and that occasion. Null when none gives one, so the question is
    /// answered as any other.
    /// </summary>
    private (ScoredSentence Said, Sentence At, string Setting)? StatementSetting(AnswerDraft draft)
    {
        string? speaker = draft.Analyzed.Speaker;
        foreach (ScoredSentence said in draft.Ranked.Take(StatementDepth)
            .Where(s => s.Coverage >= options.MinCoverage && !s.MissesName && (speaker is null || NamesSpeaker(s, speaker))))
        {
            Article article = said.Article;
            var near = Enumerable.Range(1, SettingWindow).SelectMany(d => new[] { said.Sentence.Index - d, said.Sentence.Index + d })
                .Where(i => i >= 0 && i < article.Sentences.Count)
                .Select(i => article.Sentences[i])
                .Where(s => speaker is not null && AnswerFacts.MentionsStem(s.TextOf(article), speaker));
            foreach (Sentence sentence in near.Prepend(said.Sentence))
            {
                if (AnswerFacts.Setting(sentence.TextOf(article)) is { } setting)
                {
                    return (said, sentence, setting);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the sentence names the speaker, or has them speak as "he" or "she" after naming them; looser than
    /// <see cref="AnswerFacts"/>'s test that a sentence has them speak, since the statement may be reported in any words.
    /// </summary>
    private static bool NamesSpeaker(ScoredSentence s, string speaker)
    {
        string text = s.Sentence.TextOf(s.Article);
        return AnswerFacts.MentionsStem(text, speaker)
            || (AnswerFacts.Antecedent(text, Previous(s), s.Article.OriginalText) is { } meant && AnswerFacts.MentionsStem(meant, speaker));
    }
}
