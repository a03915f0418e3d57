using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Answering;

public sealed partial class ExtractiveAnswerer
{
    /// <summary>
    /// "How many ...?", "how long ...?": the best sentence that states the figure or the length of time. For how many or
    /// how much, a report that says the figure was not given ("declined to give a figure for the deal", "terms were not
    /// disclosed") answers that it is not known, over any figure found below it; for a sum of money, so does one that
    /// says no details of the thing priced were given ("gave no details of the bid").
    /// </summary>
    private Answer AnswerFigure(AnswerDraft draft)
    {
        if (draft.Analyzed.IdentifierOf is { } thing)
        {
            return AnswerIdentifier(draft, thing);
        }

        FindFact(draft);
        if (draft.Analyzed.Type == QuestionType.HowMany
            && (Withheld(draft, NotDisclosed(), AnswerFacts.StatesFigure)
                ?? (draft.Analyzed.Figure == FigureKind.Money || draft.Analyzed.AsksAmount ? Withheld(draft, NoDetailsGiven(), AnswerFacts.StatesFigure) : null)) is { } withheld
            && (draft.Holding is not { } holding || draft.Ranked.IndexOf(withheld) < draft.Ranked.IndexOf(holding)))
        {
            return SaysFirst(draft.Question, draft.Ranked, withheld, $"The figure was not disclosed: {SourceLabel(withheld.Article)}");
        }

        if (draft.Analyzed.Tense == Events.EventStatus.Held && draft.Analyzed.CountedDeed is { } deed && draft.Holding is { } planned
            && OnlyIntended(draft.Analyzed, deed, planned.Sentence.TextOf(planned.Article)))
        {
            // "How much did the shipper raise?" when the report says it plans to raise a sum: not reported yet.
            return NotReportedYet(draft.Question, draft.Ranked, planned, "the closest report");
        }

        return RequireFact(draft) ?? Finish(draft);
    }

    /// <summary>
    /// "What was the flight number?": the number a sentence nearly as good as the best gives right after the thing
    /// ("Flight 123", "flight no. 7"); with none, the stored articles don't give it.
    /// </summary>
    private Answer AnswerIdentifier(AnswerDraft draft, string thing)
    {
        // A pattern the framework's bounded cache keeps, as the thing varies.
        string named = @"\b" + Regex.Escape(thing) + @"s?\s+(?:number\s+|no\.\s*|#\s*)?(?=[\p{L}-]{0,4}\d)[\p{L}\d-]*\d[\p{L}\d-]*";
        ScoredSentence top = draft.Best;
        foreach (ScoredSentence s in draft.Ranked.TakeWhile(s => s.Score >= NearbyFactScoreShare * top.Score))
        {
            if (s.Coverage >= options.MinCoverage && !s.MissesName
                && Regex.Match(s.Sentence.TextOf(s.Article), named, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant) is { Success: true } id)
            {
                var quotes = new List<ScoredSentence> { s };
                quotes.AddRange(draft.Ranked.Where(r => r != s).Take(options.MaxQuotes - 1));
                return new Answer(draft.Question, $"{Capitalize(id.Value)}, according to {SourceLabel(s.Article)}.", false, Cite(quotes));
            }
        }

        return new Answer(draft.Question, $"The stored articles don't give the {thing} number. These are the closest passages I found:", true, Cite(draft.Ranked.Take(options.MaxQuotes)));
    }

    /// <summary>
    /// Whether the sentence states the deed only as planned: the clause of its first mention reads as still to come
    /// ("plans to list the ferry unit to raise ...", "will cut 400 jobs"), not as done ("Kroll, which plans a second
    /// listing, raised ...").
    /// </summary>
    private static bool OnlyIntended(AnalyzedQuestion question, string deed, string text)
    {
        int at = VerbForms(deed)
            .Concat(question.Groups.FirstOrDefault(g => g.Key.Equals(deed, StringComparison.OrdinalIgnoreCase))?.Terms.Select(t => t.Text) ?? [])
            .Where(w => w.Length >= 2)
            .Select(w => NextWordBeginning(text, AnswerFacts.StemOf(w), 0))
            .Where(i => i >= 0)
            .DefaultIfEmpty(-1)
            .Min();
        if (at < 0)
        {
            return false;
        }

        int clause = ClauseBreak().Matches(text[..at]).LastOrDefault() is { } last ? last.Index + last.Length : 0;
        return Events.EventExtractor.StatusOf(text[clause..at]) == Events.EventStatus.Planned;
    }

    /// <summary>Where a clause ends before the next: a comma or a semicolon before a space, a dash set off, "which", "who".</summary>
    [GeneratedRegex(@"[,;]\s|\s[-–—]\s|\b(?:which|who|whose)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

    /// <summary>
    /// Among the sentences nearly as good as the best that cover the question, the first that says what was asked was
    /// not made known (<paramref name="unsaid"/>) and does not give it itself (<paramref name="gives"/>).
    /// </summary>
    private ScoredSentence? Withheld(AnswerDraft draft, Regex unsaid, Func<string, bool> gives)
    {
        ScoredSentence top = draft.Best;
        return draft.Ranked
            .TakeWhile(s => s.Score >= NearbyFactScoreShare * top.Score)
            .FirstOrDefault(s => s.Coverage >= options.MinCoverage && !s.MissesName && s.OnAskedEvent != false && (!s.MissesRarest || top.MissesRarest)
                && SharesWords(s, top) && s.Sentence.TextOf(s.Article) is var text && unsaid.IsMatch(text) && !gives(text));
    }

    /// <summary>
    /// "declined to give a figure", "did not disclose the price", "gave no figures", "without giving terms", "terms were
    /// not disclosed", "for an undisclosed sum": a figure a report says was not made known.
    /// </summary>
    [GeneratedRegex(@"\b(?:did\s+not|didn['’]t|declined\s+to|refused\s+to|would\s+not|wouldn['’]t|could\s+not|couldn['’]t)\s+(?:disclose|give|reveal|specify|provide|put|quantify|confirm)\s+(?:the\s+|a\s+|any\s+|its\s+)?(?:\w+\s+)?(?:figures?|price|amount|value|cost|sum|number|financial\s+(?:details|terms)|terms\s+of\s+the\s+\w+)\b|\b(?:gave|gives|give|giving|provided|released|disclosed|offered)\s+no\s+(?:\w+\s+)?(?:figures?|price|terms|value|amount)\b|\bno\s+(?:\w+\s+)?(?:figures?|terms|price)\s+(?:were|was|have\s+been|has\s+been)\s+(?:given|disclosed|released|revealed|made\s+public|available)\b|\bwithout\s+(?:giving|disclosing|revealing|specifying)\s+(?:any\s+)?(?:\w+\s+)?(?:figures?|terms|price|amount)\b|\b(?:did\s+not|didn['’]t|declined\s+to|refused\s+to|would\s+not|wouldn['’]t)\s+say\s+(?:how\s+(?:much|many)|what\s+(?:price|it\s+paid)|the\s+(?:price|value|amount|figure|cost))\b|\b(?:terms|price|value|amount|cost|sum|figures?|financial\s+details)\b[^.;]{0,50}?\b(?:was|were|is|are|has|have)\s+not\s+(?:been\s+)?(?:disclosed|revealed|made\s+public|given|announced|released)\b|\b(?:undisclosed|unspecified|unannounced)\s+(?:sum|amount|price|terms|fee|figure)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotDisclosed();

    /// <summary>
    /// "gave no details of the bid", "no details of the offer were given", "declined to give details of the deal": a
    /// thing priced of which a report says nothing was made known, and so not its sum either.
    /// </summary>
    [GeneratedRegex(@"\b(?:gave|gives|give|giving|provided|released|disclosed|offered)\s+no\s+(?:\w+\s+)?details\s+(?:of|on|about)\b|\bno\s+(?:\w+\s+)?details\s+(?:of\s+[^.;]{1,40}?\s+)?(?:were|was|have\s+been|has\s+been)\s+(?:given|disclosed|released|revealed|made\s+public|available)\b|\b(?:did\s+not|didn['’]t|declined\s+to|refused\s+to|would\s+not|wouldn['’]t)\s+(?:give|disclose|provide|reveal)\s+(?:any\s+)?details\s+(?:of|on|about)\b|\bwithout\s+(?:giving|disclosing|revealing)\s+(?:any\s+)?details\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoDetailsGiven();
}
