using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Answering;

public sealed partial class ExtractiveAnswerer
{
    /// <summary>
    /// "Why ...?": a sentence that gives a reason leads, when one is nearly as good as the best. Failing that, a story
    /// that ranks near the top often gives the reason once, in a sentence that takes the rest of the question as read
    /// ("... halted since March 4, when the crews walked out in protest at new rotas"): the first such sentence of the
    /// best stories leads.
    /// </summary>
    private Answer AnswerWhy(AnswerDraft draft)
    {
        ScoredSentence best = draft.Best;
        // A best sentence that says the reason is not known ("the reason for the walkout was not immediately clear")
        // leaves it to the next sentences that give one, however far below it they rank.
        var near = ReasonUnknown().IsMatch(best.Sentence.TextOf(best.Article))
            ? draft.Ranked.Take(ReasonDepth)
            : draft.Ranked.TakeWhile(s => s.Score >= ReasonScoreShare * best.Score);
        if (near.FirstOrDefault(s => s.Coverage >= options.MinCoverage && !s.MissesName && GivesReason(draft.Analyzed, s)) is { } reason)
        {
            draft.Lead(reason);
        }
        else if (ReasonInStory(draft) is { } told)
        {
            draft.Lead(told);
        }
        else if (draft.Analyzed.CauseOf is { } thing)
        {
            // "What caused the fire?" asks for a cause: reports of the fire that give none do not answer it.
            return new Answer(draft.Question, $"The stored articles don't say what caused the {string.Join(' ', thing)}. These are the closest passages I found:", true, Cite(draft.Ranked.Take(options.MaxQuotes)));
        }

        return Finish(draft);
    }

    /// <summary>
    /// Whether the sentence gives a reason: the language of causes or aims, but not an aim of ending what the question
    /// asks the reason for ("talks aimed at ending the strike" is not why the strike began), nor, for a question on what
    /// caused a thing, what the thing caused ("no shortages as a result of the fire"). Such a question is also answered
    /// by a cause that did it ("a short circuit sparked the fire").
    /// </summary>
    private static bool GivesReason(AnalyzedQuestion question, ScoredSentence s)
    {
        string text = s.Sentence.TextOf(s.Article);
        if (ReasonUnknown().IsMatch(text))
        {
            return false;
        }

        string? caused = question.CauseOf?[0];
        return (caused is not null && CausedIt().Matches(text).Any(m => BeginsStem(m.Groups["thing"].Value, caused)))
            || CauseLanguage().Matches(text).Any(m =>
                !(Remedy().Match(text, m.Index + m.Length) is { Success: true } remedy && question.Groups.Any(g => g.Terms.Any(t => BeginsStem(remedy.Groups["object"].Value, t.Text))))
                && !(caused is not null && !EffectFollows().IsMatch(m.Value) && CauseHead().Match(text, m.Index + m.Length) is { Success: true } cause
                    && BeginsStem(cause.Groups["cause"].Value, caused)));
    }

    /// <summary>Language of a cause after which its effect is named, not the cause: "led to", "forced to", "the reason for".</summary>
    [GeneratedRegex(@"^(?:led|forced|in order|so that|aimed|the reason|reasons?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EffectFollows();

    /// <summary>The head of what the language of a cause names, right after it: " of the fire", " the explosion".</summary>
    [GeneratedRegex(@"\G\s+(?:of\s+)?(?:(?:the|a|an|this|that|its|their)\s+)?(?<cause>[\p{L}\d'’-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CauseHead();

    /// <summary>A cause that did the thing, and the thing: "sparked the fire", "caused a blast", "triggered the walkout".</summary>
    [GeneratedRegex(@"\b(?:caused|sparked|triggered|started|provoked|set\s+off|touched\s+off)\s+(?:(?:the|a|an|this|that)\s+)?(?<thing>[\p{L}'’-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CausedIt();

    /// <summary>
    /// "... ending the three-month strike", right after the words of an aim: ending or settling something, with the
    /// words naming it.
    /// </summary>
    [GeneratedRegex(@"\G\s+(?:\p{L}+\s+){0,2}?(?:end|ends|ending|settle|settling|resolve|resolving|solve|solving|avert|averting|halt|halting|break|breaking)\s+(?<object>(?:[\p{L}\d'’/-]+\s+){0,7}[\p{L}\d'’/-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Remedy();

    /// <summary>
    /// The first sentence giving a reason in one of the best stories (those whose best sentence covers the question and
    /// scores nearly as well as the best), among the sentences found for the question.
    /// </summary>
    private ScoredSentence? ReasonInStory(AnswerDraft draft)
    {
        ScoredSentence best = draft.Best;
        var stories = draft.Ranked
            .TakeWhile(s => s.Score >= ReasonScoreShare * best.Score)
            .Where(s => s.Coverage >= options.MinCoverage && !s.MissesName)
            .Select(s => s.Article.Id)
            .Distinct(StringComparer.Ordinal)
            .Take(ReasonStories)
            .ToList();
        return stories
            .Select(id => draft.Ranked.Where(s => s.Article.Id == id && GivesReason(draft.Analyzed, s)).MinBy(s => s.Sentence.Index))
            .FirstOrDefault(s => s is not null);
    }

    /// <summary>How many of the best stories are read for a sentence giving a reason.</summary>
    private const int ReasonStories = 3;

    /// <summary>How far down the sentences found a reason is looked for when the best says it is not known.</summary>
    private const int ReasonDepth = 10;

    /// <summary>
    /// "The reason was not immediately clear", "it was unclear why", "officials did not say why": a sentence saying the
    /// reason is not known, which gives none.
    /// </summary>
    [GeneratedRegex(@"\b(?:reasons?|why|cause|motive)\b[^.;]{0,40}?\b(?:(?:was|were|is|are|has|have)\s+(?:not|n't|never)\s+(?:been\s+)?(?:immediately\s+)?(?:clear|known|given|disclosed|explained|stated)|(?:unclear|unknown|not\s+(?:immediately\s+)?(?:clear|known)))\b|\b(?:unclear|not\s+(?:immediately\s+)?clear|not\s+known)\s+why\b|\b(?:did\s+not|didn't|would\s+not|wouldn't|declined\s+to|refused\s+to)\s+(?:say|explain|give)\s+(?:why|the\s+reasons?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReasonUnknown();
}
