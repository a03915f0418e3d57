using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Answering;

public sealed partial class ExtractiveAnswerer
{
    /// <summary>
    /// "What was agreed on banking?" and other open questions: the best sentence, or one nearly as good that names
    /// the subject asked about when the best does not. "Which landmark ...?" is answered by a sentence that names
    /// something the question does not, when one is nearly as good as the best or follows on from it.
    /// </summary>
    private Answer AnswerWhat(AnswerDraft draft)
    {
        // "How did they take it?", "what's Chile's population?": the sentence that says it leads, or the answer says
        // the articles do not.
        if (Unstated(draft) is { } unstated)
        {
            return unstated;
        }

        if (draft.Holding is not null)
        {
            return Finish(draft);
        }

        if (draft.Analyzed.AsksName && !NamesTheThing(draft.Analyzed, draft.Best.Sentence.TextOf(draft.Best.Article)))
        {
            ScoredSentence top = draft.Best;
            // Nearly as good as the best, or the sentence next to it, which goes on about the same thing ("A historic
            // lighthouse is riddled with rust ... The Kvitholmen lighthouse was built in 1868").
            bool Next(ScoredSentence s) => s.Article.Id == top.Article.Id && Math.Abs(s.Sentence.Index - top.Sentence.Index) == 1 && s.Coverage >= options.MinCoverage / 2;
            ScoredSentence? named = draft.Ranked
                .Where(s => (s.Score >= FactScoreShare * top.Score && s.Coverage >= options.MinCoverage) || Next(s))
                .FirstOrDefault(s => !s.MissesName && NamesTheThing(draft.Analyzed, s.Sentence.TextOf(s.Article)));
            if (named is null)
            {
                // What the best sentences say of it names nothing the question does not: not which one it is.
                return new Answer(draft.Question, $"The stored articles don't say which {draft.Analyzed.NameKind}. These are the closest passages I found:", true, Cite(draft.Ranked.Take(options.MaxQuotes)));
            }

            draft.Lead(named);
            return Finish(draft);
        }

        return FocusedFinish(draft);
    }

    /// <summary>
    /// Whether the sentence names something the question does not; for what a thing is called, with a word of naming
    /// ("to be called Nordlys"): a report of the ferry that names only its yard does not say what it is called. Asked
    /// for countries, a country the question does not name.
    /// </summary>
    private static bool NamesTheThing(AnalyzedQuestion question, string text) =>
        question.PlaceKind is not null ? AnswerFacts.PlacesAsked(question, text).Any()
            : NamesSomeoneElse(question, text) && (!question.AsksCalled || Naming().IsMatch(text));

    /// <summary>A word that gives a thing its name: "called", "named", "dubbed", "known as", "will name it".</summary>
    [GeneratedRegex(@"\b(?:called|named|dubbed|christened|known\s+as|renamed|bapti[sz]ed|(?:its|the)\s+name|(?:call|name|dub|christen)(?:s|ing)?\s+(?:it|her|him|them|the|its|their))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Naming();

    private Answer FocusedFinish(AnswerDraft draft)
    {
        if (FocusedLead(draft.Analyzed, draft.Ranked, draft.Best) is { } focused)
        {
            draft.Lead(focused);
        }

        return Finish(draft);
    }
}
