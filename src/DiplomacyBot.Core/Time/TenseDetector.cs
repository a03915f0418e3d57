using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Time;

/// <summary>
/// Guesses whether an expression talks about the past or the future from the words around it in its sentence.
/// Without a parser, the tense cue nearest to the expression wins: "officials said the talks will resume on
/// Thursday" is future, "the council met on Thursday" past.
/// </summary>
internal static partial class TenseDetector
{
    // How far (in characters) to look on each side; sentences in news rarely run longer.
    private const int Window = 220;

    private static readonly HashSet<string> FutureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "shall", "won't", "gonna", "next", "upcoming", "coming", "scheduled",
        "expected", "expects", "expect", "slated", "tomorrow", "effective", "due", "would", "intends", "aims", "hopes",
        "ahead", "forthcoming", "soon",
    };

    private static readonly HashSet<string> PastWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "was", "were", "had", "did", "met", "told", "took", "gave", "came", "went", "began", "made", "held",
        "saw", "left", "fell", "rose", "won", "lost", "sent", "spoke", "wrote", "brought", "became", "found", "got",
        "thought", "knew", "led", "struck", "paid", "sold", "bought", "built", "fought", "kept", "heard", "stood",
        "last", "ago", "yesterday", "earlier", "previously", "since", "fled", "shot", "flew", "drove", "ran", "sat",
        "broke", "chose", "spent", "felt", "wore", "threw", "sought", "taught", "caught", "slid", "swept", "withdrew",
        "arrived", "been", "dropped", "fired", "killed", "announced", "reported", "signed",
    };

    /// <summary>Words that make a following "to" look forward ("plans to meet", "is set to sign").</summary>
    private static readonly HashSet<string> ForwardBeforeTo = new(StringComparer.OrdinalIgnoreCase)
    {
        "plan", "plans", "planned", "planning", "set", "going", "is", "are", "hopes", "hope", "hoped", "wants", "want",
        "intends", "intend", "intended", "expected", "scheduled", "due", "about", "ready", "preparing", "prepared", "agreed",
        "decided", "promised", "vowed", "pledged", "threatened", "likely", "unlikely", "aims", "seeks", "sought",
    };

    /// <summary>Words that end in -ed but look forward.</summary>
    private static readonly HashSet<string> ForwardParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        "scheduled", "expected", "slated", "proposed", "intended", "anticipated", "projected", "supposed",
    };

    public static TenseDirection Detect(string text, int start, int end)
    {
        // A preposition right before the expression settles it: "by Friday" is a deadline, "since May" is past.
        switch (NeighbourWords.Before(text, start))
        {
            // "had filed reports by Wednesday": a deadline already past when the story was written.
            case "by" or "By" when HadBefore(text, start):
                return TenseDirection.Past;
            case "by" or "By" or "until" or "till" or "before":
                return TenseDirection.Future;
            case "since" or "Since":
                return TenseDirection.Past;
        }

        var (from, to) = SentenceBounds(text, start, end);
        var best = TenseDirection.None;
        var bestDistance = int.MaxValue;
        string? previous = null;
        string? beforePrevious = null;
        foreach (var m in WordRegex().EnumerateMatches(text.AsSpan(from, to - from)))
        {
            var wordStart = from + m.Index;
            if (wordStart >= start && wordStart < end)
            {
                beforePrevious = previous;
                previous = null;
                continue;
            }

            var word = text.Substring(wordStart, m.Length);

            // "due to" gives a cause, not a deadline; "next to" a place.
            var cue = word is "due" or "next" && string.CompareOrdinal(text, wordStart + word.Length, " to ", 0, 4) == 0
                ? TenseDirection.None
                : Classify(word, previous, beforePrevious);
            beforePrevious = previous;
            previous = word;
            if (cue == TenseDirection.None)
            {
                continue;
            }

            var distance = wordStart < start ? start - (wordStart + m.Length) : wordStart - end;
            // Reporting verbs date the report, not the event: "officials said the talks will resume Thursday". They only
            // decide the tense when they sit right next to the expression ("said Thursday", "said on Thursday").
            if (Text.ReportingVerbs.Tense.Contains(word) && distance > 4)
            {
                distance += 80;
            }

            // Cues before the expression are usually its governing verb, so they get a small head start.
            if (wordStart > start)
            {
                distance += 8;
            }

            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = cue;
            }
        }

        return best;
    }

    private static TenseDirection Classify(string word, string? previous, string? beforePrevious)
    {
        // "had been due to expire Friday", "had been scheduled for Monday": a plan seen from after the fact.
        if (previous is "been" && beforePrevious is "had" && (ForwardParticiples.Contains(word) || word is "due"))
        {
            return TenseDirection.Past;
        }

        if (FutureWords.Contains(word) || word.EndsWith("'ll", StringComparison.OrdinalIgnoreCase))
        {
            return TenseDirection.Future;
        }

        if (word is "to" or "To")
        {
            // "had been scheduled to expire": the participle itself carries the tense (see above).
            return previous is not null && ForwardBeforeTo.Contains(previous) && beforePrevious is not "been" ? TenseDirection.Future : TenseDirection.None;
        }

        var pastLike = PastWords.Contains(word) || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(word[0])
            && previous is not ("the" or "a" or "an" or "its" or "their" or "his" or "her" or "this" or "that" or "our"));
        if (!pastLike || ForwardParticiples.Contains(word))
        {
            return ForwardParticiples.Contains(word) ? TenseDirection.Future : TenseDirection.None;
        }

        // "will be held", "to be signed": a participle after "be" takes its tense from what governs "be".
        if (previous is "be" or "being")
        {
            return beforePrevious is "will" or "would" or "to" or "shall" or "might" or "may" or "must" or "should"
                ? TenseDirection.Future
                : TenseDirection.None;
        }

        // "has been", "have killed": present perfect still reports the past.
        return TenseDirection.Past;
    }

    /// <summary>Whether a past perfect ("had filed") comes earlier in the expression's sentence.</summary>
    private static bool HadBefore(string text, int start)
    {
        // "had planned to pay the loan down by February" still looks ahead: an infinitive in between keeps the
        // deadline in the future.
        var (from, _) = SentenceBounds(text, start, start);
        var had = HadRegex().Match(text, from, start - from);
        return had.Success && !text.AsSpan(had.Index, start - had.Index).Contains(" to ", StringComparison.Ordinal);
    }

    private static (int From, int To) SentenceBounds(string text, int start, int end)
    {
        var from = Math.Max(0, start - Window);
        for (var i = start - 1; i > from; i--)
        {
            if (IsSentenceEnd(text, i))
            {
                from = i + 1;
                break;
            }
        }

        var to = Math.Min(text.Length, end + Window);
        for (var i = end; i < to; i++)
        {
            if (IsSentenceEnd(text, i))
            {
                to = i;
                break;
            }
        }

        return (from, to);
    }

    private static bool IsSentenceEnd(string text, int i)
    {
        var c = text[i];
        if (c == '\n' && i + 1 < text.Length && text[i + 1] == '\n')
        {
            return true;
        }

        if (c is not ('.' or '!' or '?') || i + 2 >= text.Length || !char.IsWhiteSpace(text[i + 1]))
        {
            return false;
        }

        // "Feb. 27", "U.S. officials": a short or capitalised abbreviation before the dot does not end the sentence.
        var wordStart = i;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var length = i - wordStart;
        return !(length <= 4 && length > 0 && char.IsUpper(text[wordStart]));
    }

    [GeneratedRegex(@"(?<![A-Za-z])had\s+(?:already\s+|been\s+)?[a-z]+(?:ed|en|ne|wn)(?![A-Za-z])")]
    private static partial Regex HadRegex();

    [GeneratedRegex(@"[A-Za-z]+(?:'[a-z]+)?")]
    private static partial Regex WordRegex();
}
