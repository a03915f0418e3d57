using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Time.Evaluation;

/// <summary>
/// Scores a temporal tagger against TimeML gold data the way TempEval-3 does: strict and relaxed span matching,
/// then type and value over the relaxed matches. Each document is tagged with its creation time as reference.
/// </summary>
public static partial class TimexEvaluator
{
    private const int ContextChars = 40;

    /// <summary>Scores every *.tml file below <paramref name="directory"/>; the first subfolder names the group.</summary>
    public static TimexEvaluationResult EvaluateDirectory(string directory, ITemporalTagger? tagger = null)
    {
        var files = Directory.EnumerateFiles(directory, "*.tml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => (Group: GroupOf(directory, path), Document: TimeMlReader.ReadFile(path)));
        return Evaluate(files, tagger);
    }

    public static TimexEvaluationResult Evaluate(IEnumerable<(string Group, TimeMlDocument Document)> documents, ITemporalTagger? tagger = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        tagger ??= new TemporalTagger();
        var overall = TimexScores.Empty;
        var byGroup = new Dictionary<string, TimexScores>(StringComparer.Ordinal);
        var errors = new List<TimexError>();
        foreach (var (group, document) in documents)
        {
            var system = tagger.Tag(document.Text, document.CreationDate);
            var scores = ScoreDocument(document, system, errors);
            overall = overall.Plus(scores);
            byGroup[group] = byGroup.TryGetValue(group, out var sofar) ? sofar.Plus(scores) : scores;
        }

        return new TimexEvaluationResult(overall, byGroup, errors);
    }

    /// <summary>Scores one document's system output, appending disagreements to <paramref name="errors"/>.</summary>
    public static TimexScores ScoreDocument(TimeMlDocument document, IReadOnlyList<TemporalExpression> system, List<TimexError> errors)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(errors);
        var gold = document.Timexes;
        var pairs = Align(gold, system);
        var strict = 0;
        var typeCorrect = 0;
        var valueCorrect = 0;
        var goldMatched = new bool[gold.Count];
        var systemMatched = new bool[system.Count];
        foreach (var (g, s) in pairs)
        {
            goldMatched[g] = true;
            systemMatched[s] = true;
            var gx = gold[g];
            var sx = system[s];
            if (gx.Start == sx.Start && gx.End == sx.End)
            {
                strict++;
            }

            var sameType = gx.Type == sx.Type;
            var sameValue = SameValue(gx.Value, sx.Value);
            typeCorrect += sameType ? 1 : 0;
            valueCorrect += sameValue ? 1 : 0;
            if (!sameValue || !sameType)
            {
                var kind = sameValue ? TimexErrorKind.WrongType : TimexErrorKind.WrongValue;
                errors.Add(new TimexError(kind, TimexFamily.Classify(gx.Text, gx.Value), document.Id, gx.Text,
                    sameValue ? $"{gx.Value} ({gx.Type})" : gx.Value, sx.Text, sameValue ? $"{sx.Value} ({sx.Type})" : sx.Value, Context(document.Text, gx.Start, gx.End)));
            }
        }

        for (var g = 0; g < gold.Count; g++)
        {
            if (!goldMatched[g])
            {
                var gx = gold[g];
                errors.Add(new TimexError(TimexErrorKind.Missed, TimexFamily.Classify(gx.Text, gx.Value), document.Id, gx.Text, gx.Value, null, null, Context(document.Text, gx.Start, gx.End)));
            }
        }

        for (var s = 0; s < system.Count; s++)
        {
            if (!systemMatched[s])
            {
                var sx = system[s];
                errors.Add(new TimexError(TimexErrorKind.Spurious, TimexFamily.Classify(sx.Text, sx.Value), document.Id, null, null, sx.Text, sx.Value, Context(document.Text, sx.Start, sx.End)));
            }
        }

        return new TimexScores(1, gold.Count, system.Count, strict, pairs.Count, typeCorrect, valueCorrect);
    }

    /// <summary>
    /// One-to-one pairing of overlapping expressions: exact matches first, then by overlap size, so a gold span is
    /// never credited twice.
    /// </summary>
    private static List<(int Gold, int System)> Align(IReadOnlyList<GoldTimex> gold, IReadOnlyList<TemporalExpression> system)
    {
        var candidates = new List<(int Gold, int System, bool Exact, int Overlap)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var s = 0; s < system.Count; s++)
            {
                var overlap = Math.Min(gold[g].End, system[s].End) - Math.Max(gold[g].Start, system[s].Start);
                if (overlap > 0)
                {
                    candidates.Add((g, s, gold[g].Start == system[s].Start && gold[g].End == system[s].End, overlap));
                }
            }
        }

        candidates.Sort((a, b) => a.Exact != b.Exact ? b.Exact.CompareTo(a.Exact) : b.Overlap.CompareTo(a.Overlap));
        var usedGold = new HashSet<int>();
        var usedSystem = new HashSet<int>();
        var pairs = new List<(int, int)>();
        foreach (var (g, s, _, _) in candidates)
        {
            if (!usedGold.Contains(g) && !usedSystem.Contains(s))
            {
                usedGold.Add(g);
                usedSystem.Add(s);
                pairs.Add((g, s));
            }
        }

        return pairs;
    }

    /// <summary>Exact comparison except for week-number padding, which TimeBank writes both ways (W7 and W07).</summary>
    internal static bool SameValue(string gold, string system) =>
        string.Equals(WeekPadding().Replace(gold, "W0$1"), WeekPadding().Replace(system, "W0$1"), StringComparison.OrdinalIgnoreCase);

    private static string GroupOf(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        var separator = relative.IndexOfAny([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]);
        return separator > 0 ? relative[..separator] : ".";
    }

    private static string Context(string text, int start, int end)
    {
        var from = Math.Max(0, start - ContextChars);
        var to = Math.Min(text.Length, end + ContextChars);
        return TimexPatterns.Whitespace().Replace(text[from..start] + "[" + text[start..end] + "]" + text[end..to], " ");
    }

    [GeneratedRegex(@"W(\d)(?!\d)")]
    private static partial Regex WeekPadding();
}
