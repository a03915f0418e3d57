using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Answering;

public sealed partial class ExtractiveAnswerer
{
    /// <summary>How many of the best sentences are read for the way they describe the person a question asks about.</summary>
    private const int IdentityDepth = 12;

    /// <summary>
    /// "Who ...?": who the person asked about is ("who is Darchiev?"); whoever holds the role or title asked for ("who
    /// chairs ...?", "who is the foreign minister?"); else the best sentence naming a person.
    /// </summary>
    private Answer AnswerWho(AnswerDraft draft)
    {
        if (draft.Analyzed.PlaceKind is not null)
        {
            // "Which countries took part?" is answered by the countries a sentence names, not by its people.
            FindFact(draft);
            return RequireFact(draft) ?? Finish(draft);
        }

        if (draft.Analyzed.Identity is not null && Identified(draft) is { } identified)
        {
            return identified;
        }

        if ((RoleHolder(draft.Analyzed, draft.Ranked) ?? TitleHolder(draft.Analyzed, draft.Ranked)) is { } holder)
        {
            var quotes = new List<ScoredSentence> { holder.Sentence };
            quotes.AddRange(draft.Ranked.Where(s => s.Article.Id == holder.Sentence.Article.Id && s.Sentence.Index != holder.Sentence.Sentence.Index).Take(options.MaxQuotes - 1));
            string said = holder.Sentence.Sentence.TextOf(holder.Sentence.Article).Trim();
            return new Answer(draft.Question, $"{holder.Name} ({holder.Role}), according to {SourceLabel(holder.Sentence.Article)}: {Text.Shortened.To(said, 240)}", false, Cite(quotes));
        }

        // A report that says who it was is not made known ("declined to identify the buyer", "an unnamed bidder")
        // answers so, when it ranks above any sentence naming someone.
        FindFact(draft);
        if (Withheld(draft, NotNamed(), text => AnswerFacts.PersonMentions(text).Any(p => p.Written == p.Name && !AnswerFacts.QuestionNames(draft.Analyzed.Text, p.Name))) is { } withheld
            && (draft.Holding is not { } holding || draft.Ranked.IndexOf(withheld) < draft.Ranked.IndexOf(holding)))
        {
            return SaysFirst(draft.Question, draft.Ranked, withheld, $"The name was not disclosed: {SourceLabel(withheld.Article)}");
        }

        return RequireFact(draft) ?? Finish(draft);
    }

    /// <summary>
    /// "declined to identify the buyer", "did not name the bidder", "an unnamed investor", "unidentified gunmen": who it
    /// was, which a report says was not made known; a date, a cause or a place not named is none of these.
    /// </summary>
    [GeneratedRegex(@"\b(?:did\s+not|didn['’]t|declined\s+to|refused\s+to|would\s+not|wouldn['’]t|could\s+not|couldn['’]t)\s+(?:name|identify|disclose\s+the\s+(?:name|identity)\s+of)\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+|any\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+)?(?:buyers?|bidders?|investors?|purchasers?|suitors?|sellers?|clients?|customers?|compan(?:y|ies)|firms?|banks?|partners?|shareholders?|officials?|sources?|candidates?|successors?|him|her|them)\b|\b(?:unidentified|unnamed|undisclosed|anonymous)\s+(?:[\p{L}-]+\s+)?(?:buyers?|bidders?|investors?|purchasers?|suitors?|clients?|customers?|compan(?:y|ies)|firms?|group|gunmen|attackers?|assailants?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotNamed();

    /// <summary>
    /// "Who is Darchiev?": the person as the best sentence describing them does ("Alexander Darchiev, Russia's new
    /// ambassador to Washington"), or, when none describes them, the best sentence that names them. Null when no good
    /// sentence names them as a name is written, so the question is read as any other.
    /// </summary>
    private Answer? Identified(AnswerDraft draft)
    {
        string asked = draft.Analyzed.Identity!;
        var naming = draft.Ranked.Take(IdentityDepth)
            .Where(s => s.Coverage >= options.MinCoverage && !s.MissesName)
            .Select(s => (Sentence: s, Text: s.Sentence.TextOf(s.Article)))
            .Where(s => AnswerFacts.NamesPerson(s.Text, asked))
            .ToList();
        if (naming.Count == 0)
        {
            return null;
        }

        foreach (var (sentence, text) in naming)
        {
            if (AnswerFacts.Description(text, asked) is { } described)
            {
                var quotes = new List<ScoredSentence> { sentence };
                quotes.AddRange(naming.Select(n => n.Sentence).Where(s => s != sentence).Take(options.MaxQuotes - 1));
                return new Answer(draft.Question, $"{described.Name}: {described.Description}, according to {SourceLabel(sentence.Article)}.", false, Cite(quotes));
            }
        }

        var said = naming.Select(n => n.Sentence).Take(options.MaxQuotes).ToList();
        return new Answer(draft.Question, $"According to {SourceLabel(said[0].Article)}: {Text.Shortened.To(naming[0].Text.Trim(), 240)}", false, Cite(said));
    }
}
