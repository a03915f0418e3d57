using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Evaluation;

/// <summary>A timeline as scored: each day with its summary sentences.</summary>
public sealed record ScoredTimeline(IReadOnlyDictionary<DateOnly, IReadOnlyList<string>> Days);

/// <summary>The scores of one system timeline against its gold timeline.</summary>
public sealed record TimelineScores(PrecisionRecall Dates, PrecisionRecall AlignedRouge1, PrecisionRecall AlignedRouge2, PrecisionRecall ConcatRouge1, PrecisionRecall ConcatRouge2);

/// <summary>
/// Scores timelines as timeline-summarisation work does (Martschat and Markert 2017, as used by the news-tls
/// evaluation): Date-F1 on exact days; ROUGE-1/2 over the concatenated summaries; and date-aligned ROUGE-1/2, where
/// each system day is aligned to the gold day that costs least (date distance times content difference, many system
/// days to one gold day, and the other way round for recall) and the n-grams they share count 1/(days apart + 1).
/// Words are lower-cased, stop words and punctuation dropped and the rest stemmed, with the stemmer given.
/// </summary>
public sealed partial class TimelineScorer(Func<string, string> stem, IReadOnlySet<string> stopWords)
{
    public TimelineScores Score(ScoredTimeline system, ScoredTimeline gold)
    {
        var sys = system.Days.ToDictionary(d => d.Key, d => Tokens(d.Value));
        var refs = gold.Days.ToDictionary(d => d.Key, d => Tokens(d.Value));
        int shared = sys.Keys.Count(refs.ContainsKey);
        return new TimelineScores(
            PrecisionRecall.Of(shared, sys.Count, refs.Count),
            Aligned(sys, refs, 1),
            Aligned(sys, refs, 2),
            Concatenated(sys, refs, 1),
            Concatenated(sys, refs, 2));
    }

    /// <summary>The words ROUGE counts in a text: lower-cased, no stop words or punctuation, stemmed.</summary>
    public List<string> Tokens(string text) => Word().Matches(text)
        .Select(m => m.Value.ToLowerInvariant())
        .Where(w => !stopWords.Contains(w))
        .Select(stem)
        .ToList();

    private List<string> Tokens(IEnumerable<string> sentences) => sentences.SelectMany(Tokens).ToList();

    private static PrecisionRecall Concatenated(Dictionary<DateOnly, List<string>> sys, Dictionary<DateOnly, List<string>> refs, int n)
    {
        var all = sys.OrderBy(d => d.Key).SelectMany(d => d.Value).ToList();
        var gold = refs.OrderBy(d => d.Key).SelectMany(d => d.Value).ToList();
        var (matched, sysCount, goldCount) = Overlap(Grams(all, n), Grams(gold, n));
        return PrecisionRecall.Of(matched, sysCount, goldCount);
    }

    private static PrecisionRecall Aligned(Dictionary<DateOnly, List<string>> sys, Dictionary<DateOnly, List<string>> refs, int n)
    {
        var sysDays = sys.Keys.Order().ToList();
        var goldDays = refs.Keys.Order().ToList();
        var sysGrams = sysDays.ToDictionary(d => d, d => Grams(sys[d], n));
        var goldGrams = goldDays.ToDictionary(d => d, d => Grams(refs[d], n));
        var sysWords = sysDays.ToDictionary(d => d, d => Grams(sys[d], 1));
        var goldWords = goldDays.ToDictionary(d => d, d => Grams(refs[d], 1));

        double Cost(DateOnly s, DateOnly g) => (1 - (1.0 / (Math.Abs(s.DayNumber - g.DayNumber) + 1))) * (1 - UnigramF1(sysWords[s], goldWords[g]));

        double precisionMatched = 0, precisionTotal = 0;
        foreach (DateOnly s in sysDays)
        {
            double total = sysGrams[s].Values.Sum();
            precisionTotal += total;
            if (goldDays.Count == 0)
            {
                continue;
            }

            DateOnly g = goldDays.MinBy(g => Cost(s, g));
            precisionMatched += Overlap(sysGrams[s], goldGrams[g]).Matched / (Math.Abs(s.DayNumber - g.DayNumber) + 1);
        }

        double recallMatched = 0, recallTotal = 0;
        foreach (DateOnly g in goldDays)
        {
            recallTotal += goldGrams[g].Values.Sum();
            if (sysDays.Count == 0)
            {
                continue;
            }

            DateOnly s = sysDays.MinBy(s => Cost(s, g));
            recallMatched += Overlap(sysGrams[s], goldGrams[g]).Matched / (Math.Abs(s.DayNumber - g.DayNumber) + 1);
        }

        return new PrecisionRecall(precisionTotal == 0 ? 0 : precisionMatched / precisionTotal, recallTotal == 0 ? 0 : recallMatched / recallTotal);
    }

    private static double UnigramF1(Dictionary<string, int> a, Dictionary<string, int> b)
    {
        var (matched, ca, cb) = Overlap(a, b);
        return PrecisionRecall.Of(matched, ca, cb).F1;
    }

    private static Dictionary<string, int> Grams(List<string> tokens, int n)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i + n <= tokens.Count; i++)
        {
            string gram = n == 1 ? tokens[i] : string.Join(' ', tokens.Skip(i).Take(n));
            grams[gram] = grams.GetValueOrDefault(gram) + 1;
        }

        return grams;
    }

    private static (double Matched, double A, double B) Overlap(Dictionary<string, int> a, Dictionary<string, int> b)
    {
        double matched = 0;
        foreach (var (gram, count) in a)
        {
            matched += Math.Min(count, b.GetValueOrDefault(gram));
        }

        return (matched, a.Values.Sum(), b.Values.Sum());
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
