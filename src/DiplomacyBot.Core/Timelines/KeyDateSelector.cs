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
        .Select(s => Answering.Citation.Verified(s.Article, s.Sentence, 1.0))
        .OfType<Answering.Citation>();
}

/// <summary>How much each kind of evidence counts for a day, as fitted on development timelines (<c>eval timeline --fit</c>).</summary>
/// <param name="Topic">How much a sentence's closeness to the whole collection counts in choosing a day's sentences (beside its closeness to that day's).</param>
/// <param name="Naming">What naming the day adds to a sentence's closeness (as against an opening sentence of an article published that day).</param>
/// <param name="Redundancy">How much a sentence's closeness to one already chosen for the day counts against it.</param>
/// <param name="Leads">How many opening sentences of an article published on a day may stand for that day (0: all of them).</param>
public sealed record KeyDateWeights(double Published, double Mentions, double LaterMentions, double Topic = 0, double Naming = 0.1, double Redundancy = 0.7, int Leads = 3)
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
        ["summary_topic"] = Topic,
        ["summary_naming"] = Naming,
        ["summary_redundancy"] = Redundancy,
        ["summary_leads"] = Leads,
    });

    public static KeyDateWeights Parse(string json, string source)
    {
        try
        {
            var values = JsonSerializer.Deserialize<Dictionary<string, double>>(json) ?? [];
            return new KeyDateWeights(
                values.GetValueOrDefault("published"),
                values.GetValueOrDefault("mentions"),
                values.GetValueOrDefault("later_mentions"),
                values.GetValueOrDefault("summary_topic"),
                values.GetValueOrDefault("summary_naming", 0.1),
                values.GetValueOrDefault("summary_redundancy", 0.7),
                (int)values.GetValueOrDefault("summary_leads", 3));
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
/// published on it (as many as <see cref="KeyDateWeights.Leads"/>), chosen for saying what most of them say (closeness to their centroid) without repeating each other.
/// </summary>
public sealed partial class KeyDateSelector(KeyDateWeights weights)
{
    /// <summary>Sentences shorter or longer than these (in words) make poor entries: fragments, or run-on captions.</summary>
    private const int FewestWords = 6;

    private const int MostWords = 45;

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
    /// The key dates from <paramref name="from"/> to <paramref name="to"/>; without bounds, the span the reports cover,
    /// a month before the oldest (what led to the first report: an explosion reported two days later) and a month past
    /// the newest (what they expect next). None when no article is dated.
    /// </summary>
    public IReadOnlyList<KeyDate> SelectWithin(IReadOnlyCollection<Article> articles, DateOnly? from, DateOnly? to, int dates, int perDate, Func<Article, Sentence, bool>? relevant = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var published = articles.Select(a => a.Published.Value).OfType<DateOnly>().ToList();
        return published.Count == 0 ? [] : Select(articles, from ?? published.Min().AddMonths(-1), to ?? published.Max().AddMonths(1), dates, perDate, relevant);
    }

    /// <summary>The <paramref name="dates"/> days with the most evidence, each summarised by up to <paramref name="perDate"/> sentences.</summary>
    public IReadOnlyList<KeyDate> Choose(CollectionEvidence evidence, int dates, int perDate)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var top = evidence.Days
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
            .Select(d => new KeyDate(d.Day, Math.Round(d.Score, 4), d.Evidence.Published, d.Evidence.Mentions, d.Evidence.LaterMentions, Summarise(d.Evidence, evidence.Words, perDate)))
            .OrderBy(d => d.Day)
            .ToList();
    }

    /// <summary>
    /// The evidence for every day from <paramref name="first"/> to <paramref name="last"/> that has any, and the words of
    /// the whole collection (what it is about, and how rare each word is in it).
    /// </summary>
    public static CollectionEvidence Gather(IEnumerable<Article> articles, DateOnly first, DateOnly last, Func<Article, Sentence, bool>? relevant = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var days = new Dictionary<DateOnly, DayEvidence>();
        var words = new CollectionWords();
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

                words.Add(sentence.TextOf(article));
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

                if (!namesAnotherDay && published is { } on && on >= first && on <= last)
                {
                    At(on).Leads.Add(new KeyDateSentence(article, sentence));
                }
            }
        }

        return new CollectionEvidence(days, words);
    }

    /// <summary>The days a sentence's temporal expressions resolve to (day precision only), each once.</summary>
    public static IEnumerable<DateOnly> DaysNamed(Sentence sentence) => sentence.Times
        .Where(t => t.Type == Time.TimexType.Date && t.Value.Length == 10)
        .Select(t => DateOnly.TryParseExact(t.Value, "yyyy-MM-dd", out DateOnly day) ? day : (DateOnly?)null)
        .OfType<DateOnly>()
        .Distinct();

    /// <summary>The sentences that may say what happened on a day, each with whether it names the day (or only opens an article of that day).</summary>
    private List<(KeyDateSentence Sentence, bool Names)> Candidates(DayEvidence evidence) => evidence.Naming.Select(s => (Sentence: s, Names: true))
        .Concat(evidence.Leads.Where(s => weights.Leads <= 0 || s.Sentence.Index < weights.Leads).Select(s => (Sentence: s, Names: false)))
        .Where(c => WordCount(c.Sentence.Text) is >= FewestWords and <= MostWords)
        .DistinctBy(c => (c.Sentence.Article.Id, c.Sentence.Sentence.Index))
        .Take(MostCandidates)
        .ToList();

    /// <summary>
    /// Up to <paramref name="perDate"/> sentences for a day: each chosen for its closeness (words weighed by their rarity
    /// in the collection) to what the day's candidate sentences say together and to what the whole collection is about,
    /// less its closeness to those already chosen.
    /// </summary>
    private List<KeyDateSentence> Summarise(DayEvidence evidence, CollectionWords words, int perDate)
    {
        var candidates = Candidates(evidence);
        var pool = candidates.Select(c => c.Sentence).ToList();
        if (pool.Count == 0 || perDate <= 0)
        {
            return [];
        }

        var vectors = pool.Select(s => words.Vector(s.Text)).ToList();
        var centroid = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var vector in vectors)
        {
            foreach (var (term, weight) in vector)
            {
                centroid[term] = centroid.GetValueOrDefault(term) + weight;
            }
        }

        // Sentences that name the day come before the openings of that day's articles, which only stand in for them.
        var topic = weights.Topic > 0 ? words.Centroid() : null;
        var centrality = vectors.Select((v, i) => Cosine(v, centroid)
            + (topic is null ? 0 : weights.Topic * Cosine(v, topic))
            + (candidates[i].Names ? weights.Naming : 0)).ToList();
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
                double score = centrality[i] - (weights.Redundancy * overlap);
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

    /// <summary>The content words of a text, lower-cased.</summary>
    internal static IEnumerable<string> Words(string text) => Word().Matches(text)
        .Select(m => m.Value.ToLowerInvariant())
        .Where(word => word.Length > 2 && !Text.Lexicon.QuestionStopWords.Contains(word));

    internal static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
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

    /// <summary>The sentences of the articles published on it that name no other day, in article order.</summary>
    public List<KeyDateSentence> Leads { get; } = [];
}

/// <summary>The evidence for each day of a collection, and the collection's words.</summary>
public sealed record CollectionEvidence(IReadOnlyDictionary<DateOnly, DayEvidence> Days, CollectionWords Words);

/// <summary>
/// The words of a collection's sentences: in how many sentences each occurs (for its rarity), and how much of the
/// collection each makes up (for what the collection is about).
/// </summary>
public sealed class CollectionWords
{
    private readonly Dictionary<string, int> _sentencesWith = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _share = new(StringComparer.Ordinal);
    private Dictionary<string, double>? _centroid;

    public int Sentences { get; private set; }

    public void Add(string sentence)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string word in KeyDateSelector.Words(sentence))
        {
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        if (counts.Count == 0)
        {
            return;
        }

        Sentences++;
        double total = counts.Values.Sum();
        foreach (var (word, count) in counts)
        {
            _sentencesWith[word] = _sentencesWith.GetValueOrDefault(word) + 1;
            _share[word] = _share.GetValueOrDefault(word) + (count / total);
        }

        _centroid = null;
    }

    /// <summary>How rare a word is among the collection's sentences (1 + the log of the inverse share holding it).</summary>
    public double Rarity(string word) => 1 + Math.Log((1.0 + Sentences) / (1.0 + _sentencesWith.GetValueOrDefault(word)));

    /// <summary>A text's words, each counted and weighed by its rarity, as a unit vector.</summary>
    public Dictionary<string, double> Vector(string text)
    {
        var vector = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (string word in KeyDateSelector.Words(text))
        {
            vector[word] = vector.GetValueOrDefault(word) + Rarity(word);
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

    /// <summary>What the collection is about: each word's share of its sentences, weighed by its rarity.</summary>
    public Dictionary<string, double> Centroid() => _centroid ??= _share.ToDictionary(kv => kv.Key, kv => kv.Value * Rarity(kv.Key), StringComparer.Ordinal);
}
