using System.Text.Json;
using System.Text.RegularExpressions;
using DiplomacyBot.Core.Articles;

namespace DiplomacyBot.Core.Timelines;

/// <summary>One sentence chosen to say what happened on a key date, with the article it is quoted from.</summary>
public sealed record KeyDateSentence(Article Article, Sentence Sentence)
{
    public string Text => Sentence.TextOf(Article);
}

/// <summary>A day that mattered: its evidence, and the sentences that say what happened then.</summary>
/// <param name="Published">Articles published that day.</param>
/// <param name="Mentions">Sentences that name the day (resolved to it), in any article.</param>
/// <param name="LaterMentions">Of those, the sentences in articles published after the day: the day was still news later.</param>
public sealed record KeyDate(DateOnly Day, double Score, int Published, int Mentions, int LaterMentions, IReadOnlyList<KeyDateSentence> Sentences)
{
    /// <summary>The day's sentences as citations, each checked to be verbatim.</summary>
    public IEnumerable<Answering.Citation> Citations() => Sentences
        .Select(s => (s.Article, Citation: Answering.Citation.From(s.Article, s.Sentence, 1.0)))
        .Where(x => Answering.QuoteVerifier.IsVerbatim(x.Article, x.Citation))
        .Select(x => x.Citation);
}

/// <summary>How much each kind of evidence counts for a day, as fitted on development timelines (<c>eval timeline --fit</c>).</summary>
public sealed record KeyDateWeights(double Published, double Mentions, double LaterMentions)
{
    /// <summary>The weights shipped with the program (<c>Timelines/key-date-weights.json</c>).</summary>
    public static KeyDateWeights Default { get; } = Load();

    public double Score(int published, int mentions, int laterMentions) =>
        (Published * Math.Log(1 + published)) + (Mentions * Math.Log(1 + mentions)) + (LaterMentions * Math.Log(1 + laterMentions));

    public string ToJson() => JsonSerializer.Serialize(new Dictionary<string, double>
    {
        ["published"] = Published,
        ["mentions"] = Mentions,
        ["later_mentions"] = LaterMentions,
    });

    public static KeyDateWeights Parse(string json, string source)
    {
        try
        {
            var values = JsonSerializer.Deserialize<Dictionary<string, double>>(json) ?? [];
            return new KeyDateWeights(values.GetValueOrDefault("published"), values.GetValueOrDefault("mentions"), values.GetValueOrDefault("later_mentions"));
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{source}: not a key-date weights file ({ex.Message})", ex);
        }
    }

    private static KeyDateWeights Load()
    {
        const string resource = "DiplomacyBot.Core.Timelines.key-date-weights.json";
        return Parse(EmbeddedData.Read(resource), resource);
    }
}

/// <summary>
/// The dates that mattered in a collection of articles, each summarised by a few of its sentences. A day's evidence is
/// how many articles were published on it, how many sentences in the whole collection name it (a weekday or a date
/// resolved to that day), and how many of those come from later articles; days are ranked by that evidence, weighed
/// by <see cref="KeyDateWeights"/>. A day's sentences are those that name it, or else the openings of the articles
/// published on it, chosen for saying what most of them say (closeness to their centroid) without repeating each other.
/// </summary>
public sealed partial class KeyDateSelector(KeyDateWeights weights)
{
    /// <summary>Opening sentences of an article that stand for its publication day when nothing names the day.</summary>
    private const int LeadSentences = 3;

    /// <summary>Sentences shorter or longer than these (in words) make poor entries: fragments, or run-on captions.</summary>
    private const int FewestWords = 6;

    private const int MostWords = 45;

    /// <summary>What naming the day adds to a sentence's closeness to the centroid (as against an opening sentence).</summary>
    private const double NamingBonus = 0.1;

    /// <summary>How much a sentence's closeness to one already chosen counts against it.</summary>
    private const double Redundancy = 0.7;

    /// <summary>Candidate sentences read for one day at most (the ones from the most articles first).</summary>
    private const int MostCandidates = 400;

    public KeyDateSelector()
        : this(KeyDateWeights.Default)
    {
    }

    /// <param name="relevant">When given, only sentences it accepts count as evidence or can be quoted (a topic filter).</param>
    public IReadOnlyList<KeyDate> Select(IEnumerable<Article> articles, DateOnly first, DateOnly last, int dates, int perDate, Func<Article, Sentence, bool>? relevant = null) =>
        Choose(Gather(articles, first, last, relevant), dates, perDate);

    /// <summary>
    /// The key dates from <paramref name="from"/> to <paramref name="to"/>; without bounds, the span the reports cover
    /// and a month past the newest, for what they expect next. None when no article is dated.
    /// </summary>
    public IReadOnlyList<KeyDate> SelectWithin(IReadOnlyCollection<Article> articles, DateOnly? from, DateOnly? to, int dates, int perDate, Func<Article, Sentence, bool>? relevant = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var published = articles.Select(a => a.Published.Value).OfType<DateOnly>().ToList();
        return published.Count == 0 ? [] : Select(articles, from ?? published.Min(), to ?? published.Max().AddMonths(1), dates, perDate, relevant);
    }

    /// <summary>The <paramref name="dates"/> days with the most evidence, each summarised by up to <paramref name="perDate"/> sentences.</summary>
    public IReadOnlyList<KeyDate> Choose(IReadOnlyDictionary<DateOnly, DayEvidence> days, int dates, int perDate)
    {
        ArgumentNullException.ThrowIfNull(days);
        var top = days
            .Select(d => (Day: d.Key, Evidence: d.Value, Score: weights.Score(d.Value.Published, d.Value.Mentions, d.Value.LaterMentions)))
            .Where(d => d.Score > 0)
            .OrderByDescending(d => d.Score).ThenBy(d => d.Day)
            .Take(Math.Max(0, dates))
            .ToList();
        if (perDate <= 0)
        {
            return top.Select(d => new KeyDate(d.Day, Math.Round(d.Score, 4), d.Evidence.Published, d.Evidence.Mentions, d.Evidence.LaterMentions, [])).OrderBy(d => d.Day).ToList();
        }

        return top
            .Select(d => new KeyDate(d.Day, Math.Round(d.Score, 4), d.Evidence.Published, d.Evidence.Mentions, d.Evidence.LaterMentions, Summarise(d.Evidence, perDate)))
            .OrderBy(d => d.Day)
            .ToList();
    }

    /// <summary>The evidence for every day from <paramref name="first"/> to <paramref name="last"/> that has any.</summary>
    public static IReadOnlyDictionary<DateOnly, DayEvidence> Gather(IEnumerable<Article> articles, DateOnly first, DateOnly last, Func<Article, Sentence, bool>? relevant = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var days = new Dictionary<DateOnly, DayEvidence>();
        DayEvidence At(DateOnly day) => days.TryGetValue(day, out DayEvidence? e) ? e : days[day] = new DayEvidence();
        foreach (Article article in articles)
        {
            DateOnly? published = article.Published.Value;
            bool counted = false;
            for (int i = 0; i < article.Sentences.Count; i++)
            {
                Sentence sentence = article.Sentences[i];
                if (relevant is not null && !relevant(article, sentence))
                {
                    continue;
                }

                if (!counted && published is { } p && p >= first && p <= last)
                {
                    At(p).Published++;
                    counted = true;
                }

                bool namesAnotherDay = false;
                foreach (DateOnly day in DaysNamed(sentence))
                {
                    if (published is { } when && day == when)
                    {
                        continue;
                    }

                    namesAnotherDay = true;
                    if (day < first || day > last)
                    {
                        continue;
                    }

                    DayEvidence evidence = At(day);
                    evidence.Mentions++;
                    if (published is { } later && later > day)
                    {
                        evidence.LaterMentions++;
                    }

                    evidence.Naming.Add(new KeyDateSentence(article, sentence));
                }

                if (!namesAnotherDay && i < LeadSentences && published is { } on && on >= first && on <= last)
                {
                    At(on).Leads.Add(new KeyDateSentence(article, sentence));
                }
            }
        }

        return days;
    }

    /// <summary>The days a sentence's temporal expressions resolve to (day precision only), each once.</summary>
    public static IEnumerable<DateOnly> DaysNamed(Sentence sentence) => sentence.Times
        .Where(t => t.Type == Time.TimexType.Date && t.Value.Length == 10)
        .Select(t => DateOnly.TryParseExact(t.Value, "yyyy-MM-dd", out DateOnly day) ? day : (DateOnly?)null)
        .OfType<DateOnly>()
        .Distinct();

    private static List<KeyDateSentence> Candidates(DayEvidence evidence) => evidence.Naming.Concat(evidence.Leads)
        .Where(s => WordCount(s.Text) is >= FewestWords and <= MostWords)
        .DistinctBy(s => (s.Article.Id, s.Sentence.Index))
        .Take(MostCandidates)
        .ToList();

    private static List<KeyDateSentence> Summarise(DayEvidence evidence, int perDate)
    {
        var pool = Candidates(evidence);
        if (pool.Count == 0 || perDate <= 0)
        {
            return [];
        }

        var vectors = pool.Select(s => Vector(s.Text)).ToList();
        var centroid = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var vector in vectors)
        {
            foreach (var (term, weight) in vector)
            {
                centroid[term] = centroid.GetValueOrDefault(term) + weight;
            }
        }

        // Sentences that name the day come before the openings of that day's articles, which only stand in for them.
        int naming = evidence.Naming.Count;
        var centrality = vectors.Select((v, i) => Cosine(v, centroid) + (i < naming ? NamingBonus : 0)).ToList();
        var chosen = new List<int>();
        while (chosen.Count < perDate)
        {
            int best = -1;
            double bestScore = double.NegativeInfinity;
            for (int i = 0; i < pool.Count; i++)
            {
                if (chosen.Contains(i))
                {
                    continue;
                }

                double overlap = chosen.Count == 0 ? 0 : chosen.Max(c => Cosine(vectors[i], vectors[c]));
                double score = centrality[i] - (Redundancy * overlap);
                if (score > bestScore)
                {
                    (best, bestScore) = (i, score);
                }
            }

            if (best < 0)
            {
                break;
            }

            chosen.Add(best);
        }

        return chosen.Select(i => pool[i]).ToList();
    }

    private static int WordCount(string text) => Word().Count(text);

    private static IEnumerable<string> Words(string text) => Word().Matches(text)
        .Select(m => m.Value.ToLowerInvariant())
        .Where(word => word.Length > 2 && !Text.Lexicon.QuestionStopWords.Contains(word));

    private static Dictionary<string, double> Vector(string text)
    {
        var vector = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (string word in Words(text))
        {
            vector[word] = vector.GetValueOrDefault(word) + 1;
        }

        double norm = Math.Sqrt(vector.Values.Sum(v => v * v));
        if (norm > 0)
        {
            foreach (string key in vector.Keys.ToList())
            {
                vector[key] /= norm;
            }
        }

        return vector;
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        double dot = 0;
        foreach (var (term, weight) in small)
        {
            if (large.TryGetValue(term, out double other))
            {
                dot += weight * other;
            }
        }

        double norms = Math.Sqrt(a.Values.Sum(v => v * v)) * Math.Sqrt(b.Values.Sum(v => v * v));
        return norms > 0 ? dot / norms : 0;
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}'’-]*|\p{N}+")]
    private static partial Regex Word();

}

/// <summary>What the collection says about one day: articles published on it, and the sentences that name it.</summary>
public sealed class DayEvidence
{
    public int Published { get; set; }

    public int Mentions { get; set; }

    public int LaterMentions { get; set; }

    /// <summary>The sentences that name the day.</summary>
    public List<KeyDateSentence> Naming { get; } = [];

    /// <summary>The opening sentences of the articles published on it that name no other day.</summary>
    public List<KeyDateSentence> Leads { get; } = [];
}
