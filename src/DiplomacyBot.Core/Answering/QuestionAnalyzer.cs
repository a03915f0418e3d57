using System.Collections.Frozen;
using System.Text.RegularExpressions;
using DiplomacyBot.Core.Search;

namespace DiplomacyBot.Core.Answering;

/// <summary>Reads a question: its type, its content words (each with its domain alternatives), and any ordinal.</summary>
public sealed partial class QuestionAnalyzer(QueryExpansions expansions, Time.ITemporalTagger tagger)
{
    private const float ExpansionBoost = 0.5f;
    private const float OrdinalWeight = 1.5f;

    private static readonly FrozenSet<string> StopWords = new[]
    {
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "about", "from", "into", "as",
        "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "has", "have", "had", "will", "would",
        "shall", "should", "can", "could", "may", "might", "must", "what", "when", "where", "who", "whom", "whose", "which", "why",
        "how", "that", "this", "these", "those", "it", "its", "there", "their", "they", "them", "he", "she", "his", "her", "we",
        "our", "you", "your", "i", "me", "my", "any", "some", "all", "so", "than", "then", "if", "not", "no", "yes", "also",
        "tell", "say", "says", "said", "know", "many", "much", "long", "latest", "recent", "most", "newest", "status", "happen",
        "happened", "going", "get", "got", "s", "please", "bot", "diplomacybot", "there's", "what's", "when's",
        "exactly", "anything", "still", "else", "thing", "things", "update", "updates", "quick", "give", "main", "right",
        "per", "regarding", "besides", "yet", "far", "summary", "summarize", "summarise", "briefly", "kind", "sort",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);


    public QuestionAnalyzer()
        : this(QueryExpansions.Default, new Time.TemporalTagger())
    {
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’.-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    public AnalyzedQuestion Analyze(string question)
    {
        string text = question.Trim();
        var groups = new List<TermGroup>();
        var names = new HashSet<int>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        int? ordinal = null;
        foreach (Match m in Word().Matches(text))
        {
            string word = m.Value.Trim('.', '-', '\'', '’');
            if (word.Length == 0 || StopWords.Contains(word) || IsAskedUnit(text, m.Index, word) || !seen.Add(word))
            {
                continue;
            }

            if (Text.Ordinals.Value(word) is var n and > 0)
            {
                ordinal ??= n;
                var forms = Text.Ordinals.FormsOf(n).Select(form => new WeightedTerm(form, 1f)).ToList();
                groups.Add(new TermGroup(word.ToLowerInvariant(), forms, OrdinalWeight));
                continue;
            }

            var terms = new List<WeightedTerm> { new(word, 1f) };
            terms.AddRange(expansions.For(word).Select(alternative => new WeightedTerm(alternative, ExpansionBoost)));
            if (char.IsUpper(word[0]) && !char.IsDigit(word[0]))
            {
                names.Add(groups.Count);
            }

            groups.Add(new TermGroup(word.ToLowerInvariant(), terms, 1f));
            if (groups.Count == 64)
            {
                break;
            }
        }

        return new AnalyzedQuestion(text, Classify(text), groups, ordinal) { Names = names, Period = PeriodOf(text) };
    }

    [GeneratedRegex(@"\b(?:what|which|whose)\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AskingWord();

    /// <summary>"what day", "which year": the unit of the answer asked for, not a word the answer contains.</summary>
    private static bool IsAskedUnit(string text, int index, string word) =>
        word.ToLowerInvariant() is "day" or "date" or "week" or "month" or "year" or "years" or "time" or "event" or "place" or "city" or "country"
        && AskingWord().IsMatch(text[..index]);

    [GeneratedRegex(@"\b\d{4}\b")]
    private static partial Regex Year();

    /// <summary>The first dated period in the question; one written without a year constrains only the month.</summary>
    private TimeConstraint? PeriodOf(string text)
    {
        foreach (Time.TemporalExpression t in tagger.Tag(text, null))
        {
            if (t.Type != Time.TimexType.Date)
            {
                continue;
            }

            if (Year().IsMatch(t.Text) && Time.TimexDescriber.TryGetRange(t.Value, out DateOnly first, out DateOnly last))
            {
                return new TimeConstraint(first, last, null);
            }

            if (t.Value.Length >= 7 && t.Value.StartsWith("XXXX-", StringComparison.Ordinal) && int.TryParse(t.Value.AsSpan(5, 2), out int month) && month is >= 1 and <= 12)
            {
                return new TimeConstraint(null, null, month);
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:when|what (?:date|day|time|month|year)|how soon|by when|until when)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhenPattern();

    [GeneratedRegex(@"\b(?:agree|agreed|agreement|deal|commit(?:ted|ments?)?|accord|settled|decided)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgreedPattern();

    public static QuestionType Classify(string question)
    {
        string q = question.Trim().ToLowerInvariant();
        if (WhenPattern().IsMatch(q))
        {
            return QuestionType.When;
        }

        if (q.Contains("how long", StringComparison.Ordinal))
        {
            return QuestionType.HowLong;
        }

        if (q.Contains("how many", StringComparison.Ordinal) || q.Contains("how much", StringComparison.Ordinal))
        {
            return QuestionType.HowMany;
        }

        if (q.StartsWith("where", StringComparison.Ordinal) || q.Contains(" where ", StringComparison.Ordinal))
        {
            return QuestionType.Where;
        }

        if (q.StartsWith("who", StringComparison.Ordinal))
        {
            return QuestionType.Who;
        }

        if (q.StartsWith("what", StringComparison.Ordinal) && AgreedPattern().IsMatch(q))
        {
            return QuestionType.WhatAgreed;
        }

        if (q.Contains("latest", StringComparison.Ordinal) || q.Contains("most recent", StringComparison.Ordinal) || q.Contains("status", StringComparison.Ordinal)
            || q.Contains("update", StringComparison.Ordinal) || q.Contains("news on", StringComparison.Ordinal) || q.Contains("where do things stand", StringComparison.Ordinal))
        {
            return QuestionType.Latest;
        }

        if (q.StartsWith("summar", StringComparison.Ordinal) || q.Contains("what happened", StringComparison.Ordinal) || q.StartsWith("overview", StringComparison.Ordinal))
        {
            return QuestionType.Summary;
        }

        string first = q.Split(' ', 2)[0];
        return first is "is" or "are" or "did" or "does" or "do" or "will" or "has" or "have" or "was" or "were" or "can" or "could" or "would"
            ? QuestionType.YesNo
            : QuestionType.Other;
    }
}
