using System.Text.RegularExpressions;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Search;
using DiplomacyBot.Core.Storage;
using DiplomacyBot.Core.Time;

namespace DiplomacyBot.Core.Answering;

/// <summary>
/// Answers from stored articles without any model: BM25 finds sentences, features rerank them (how much of the
/// question they cover, whether they hold what the question type asks for, ordinals, recency), and the answer is
/// composed of verbatim sentences. It abstains when no sentence covers enough of the question.
/// </summary>
public sealed partial class ExtractiveAnswerer(IArticleStore store, IPassageIndex index, QuestionAnalyzer analyzer, AnswerOptions options) : IAnswerer
{
    [GeneratedRegex(@"\b(?:agree[ds]?|agreements?|agreed|deal|commit(?:ments?|ted)?|accords?|pledged?|signed|formali[sz]e[ds]?|understanding|consensus)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgreementLanguage();

    [GeneratedRegex(@"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million|billion)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"\b(?:minister|president|chairman|chairwoman|secretary|governor|spokes(?:man|woman|person)|director|chief|head of|ambassador|led by|headed by|envoy|manager|[A-Z][a-z]+ [A-Z][a-z]+ said)\b")]
    private static partial Regex PersonLanguage();

    [GeneratedRegex(@"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|[4-9]th|10th)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalWord();

    public Answer Ask(string question)
    {
        AnalyzedQuestion analyzed = analyzer.Analyze(question);
        if (analyzed.Groups.Count == 0)
        {
            return new Answer(question, "Please ask a question about the stored articles, e.g. \"When is the next round of talks?\"", true, []);
        }

        PassageSearchResult result = index.Search(analyzed.ToQuery(), options.Candidates);
        var ranked = Rank(analyzed, result);
        var unknown = analyzed.Names.Where(g => g < result.GroupOccurrences.Count && result.GroupOccurrences[g] == 0)
            .Select(g => question.Trim().Contains(analyzed.Groups[g].Key, StringComparison.Ordinal) ? analyzed.Groups[g].Key : Capitalized(analyzed.Groups[g].Key))
            .ToList();
        if (unknown.Count > 0)
        {
            // A name the corpus never mentions means the question is about something the articles do not cover.
            string closest = ranked.Count > 0 ? " These are the closest passages I found:" : string.Empty;
            return new Answer(question, $"The stored articles never mention {string.Join(" or ", unknown)}.{closest}", true, Cite(ranked.Take(options.MaxQuotes)));
        }

        if (ranked.Count == 0)
        {
            return new Answer(question, "The stored articles don't say anything about that.", true, []);
        }

        ScoredSentence best = ranked[0];
        if (best.Coverage < options.MinCoverage)
        {
            return new Answer(question, "The stored articles don't say. These are the closest passages I found:", true, Cite(ranked.Take(options.MaxQuotes)));
        }

        if (analyzed.Type == QuestionType.When && Events.EventExtractor.MentionsEvent(question) && EventAnswerer.Find(analyzed, ranked.Take(EventEvidenceDepth).ToList(), ranked) is { } found)
        {
            var evidence = found.Evidence.Take(options.MaxQuotes).ToList();
            return new Answer(question, EventLead(found.Event, evidence[0]), false, Cite(evidence));
        }

        if (analyzed.Type == QuestionType.Latest)
        {
            // For "latest" questions the newest relevant report leads; older ones follow as earlier reports.
            best = ranked.Where(s => s.Coverage >= options.MinCoverage)
                .OrderByDescending(s => s.Article.Published.Value ?? DateOnly.MinValue)
                .ThenByDescending(s => s.Score)
                .First();
            ranked = [best, .. ranked.Where(s => s != best)];
        }

        var chosen = ChooseQuotes(ranked, best);
        return new Answer(question, Lead(analyzed, chosen), false, Cite(chosen));
    }

    /// <summary>An event answers a "when" question only if one of these best-ranked sentences reports it.</summary>
    private const int EventEvidenceDepth = 3;

    private static string Capitalized(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private List<ScoredSentence> Rank(AnalyzedQuestion question, PassageSearchResult result)
    {
        if (result.Hits.Count == 0)
        {
            return [];
        }

        double totalIdf = result.GroupIdf.Sum();
        double maxScore = result.Hits.Max(h => h.Score);
        var articles = new Dictionary<string, Article?>(StringComparer.Ordinal);
        var newest = result.Hits.Select(h => h.ArticleId).Distinct().Select(id => Load(articles, id)?.Published.Value)
            .Where(d => d.HasValue).Select(d => d!.Value).DefaultIfEmpty().Max();

        Events.EventStatus? tense = EventAnswerer.Tense(question.Text);
        var groupsAt = new Dictionary<(string, int), ulong>();
        foreach (PassageHit hit in result.Hits)
        {
            groupsAt.TryAdd((hit.ArticleId, hit.SentenceIndex), hit.TextGroups);
        }

        var ranked = new List<ScoredSentence>(result.Hits.Count);
        foreach (PassageHit hit in result.Hits)
        {
            Article? article = Load(articles, hit.ArticleId);
            if (article is null || hit.SentenceIndex >= article.Sentences.Count)
            {
                continue;
            }

            Sentence sentence = article.Sentences[hit.SentenceIndex];
            // The sentence before often names what this one is about ("the second round ... This meeting lasted five hours").
            ulong context = groupsAt.GetValueOrDefault((hit.ArticleId, hit.SentenceIndex - 1));
            double coverage = Coverage(hit, context, result.GroupIdf, totalIdf);
            double bm25 = maxScore > 0 ? hit.Score / maxScore : 0;
            double fit = TypeFit(question, sentence, sentence.TextOf(article), article.Title) + TenseFit(tense, sentence.TextOf(article));
            double recency = Recency(article.Published.Value, newest, question.Type == QuestionType.Latest ? 0.25 : 0.05);
            double names = NameFit(question, hit, context);
            double period = question.Period is { } p && (article.Published.Value is { } d && p.Admits(d) || TimesIn(sentence, p)) ? 0.15 : 0;
            double score = (0.45 * bm25) + (0.4 * coverage) + fit + recency + names + period;
            ranked.Add(new ScoredSentence(article, sentence, score, coverage, bm25, fit));
        }

        ranked.Sort((a, b) => b.Score.CompareTo(a.Score));
        return ranked;
    }

    /// <summary>A question about what happened prefers reports of what happened to announcements of what will.</summary>
    private static double TenseFit(Events.EventStatus? tense, string text) => (tense, Events.EventExtractor.StatusOf(text)) switch
    {
        (Events.EventStatus.Held, Events.EventStatus.Planned) => -0.15,
        (Events.EventStatus.Planned, Events.EventStatus.Held) => -0.05,
        _ => 0,
    };

    /// <summary>Each name in the question that neither the sentence, the one before it nor the title mentions costs.</summary>
    private static double NameFit(AnalyzedQuestion question, PassageHit hit, ulong context)
    {
        double penalty = 0;
        foreach (int g in question.Names)
        {
            ulong bit = 1UL << g;
            if (g < 64 && ((hit.TextGroups | hit.TitleGroups | context) & bit) == 0)
            {
                penalty -= 0.15;
            }
        }

        return Math.Max(penalty, -0.45);
    }

    private static bool TimesIn(Sentence sentence, TimeConstraint period) => period.First is { } first && period.Last is { } last
        && sentence.Times.Any(t => TimexDescriber.TryGetRange(t.Value, out DateOnly a, out DateOnly b) && a <= last && b >= first);

    private static double Coverage(PassageHit hit, ulong context, IReadOnlyList<double> idf, double totalIdf)
    {
        if (totalIdf <= 0)
        {
            return 0;
        }

        double covered = 0;
        for (int g = 0; g < idf.Count && g < 64; g++)
        {
            ulong bit = 1UL << g;
            covered += (hit.TextGroups & bit) != 0 ? idf[g] : ((hit.TitleGroups | context) & bit) != 0 ? idf[g] * 0.5 : 0;
        }

        return covered / totalIdf;
    }

    private static double TypeFit(AnalyzedQuestion question, Sentence sentence, string text, string title)
    {
        double fit = question.Type switch
        {
            QuestionType.When => sentence.Times.Any(t => t.Type is TimexType.Date or TimexType.Time && !t.Value.EndsWith("_REF", StringComparison.Ordinal))
                ? 0.25 : 0,
            QuestionType.WhatAgreed => AgreementLanguage().IsMatch(text) ? 0.2 : 0,
            QuestionType.HowMany => Quantity().IsMatch(text) ? 0.1 : 0,
            QuestionType.HowLong => sentence.Times.Any(t => t.Type == TimexType.Duration) ? 0.2 : 0,
            QuestionType.Who => PersonLanguage().IsMatch(text) ? 0.1 : 0,
            QuestionType.Where => Events.Places.Default.Find(text).Any() ? 0.1 : 0,
            _ => 0,
        };

        if (question.Ordinal is { } wanted)
        {
            // An article whose title names the ordinal ("2nd Round of Talks") is about that event throughout,
            // unless the sentence itself names another one.
            var ordinals = OrdinalWord().Matches(text).Select(m => OrdinalValue(m.Value)).ToList();
            bool titled = OrdinalWord().Matches(title).Any(m => OrdinalValue(m.Value) == wanted);
            fit += ordinals.Contains(wanted) ? 0.2 : ordinals.Count > 0 ? -0.1 : titled ? 0.15 : 0;
        }

        return fit;
    }

    private static int OrdinalValue(string word) => Text.Ordinals.Value(word);

    private static double Recency(DateOnly? published, DateOnly newest, double weight)
    {
        if (published is not { } date || newest == default)
        {
            return 0;
        }

        int days = newest.DayNumber - date.DayNumber;
        return weight / (1 + (days / 180.0));
    }

    /// <summary>
    /// The best sentence; then the sentences around it in its own article that fit the question type (the sentence
    /// after a quote often says what it led to); then others that stand on their own (strong score and coverage).
    /// </summary>
    private List<ScoredSentence> ChooseQuotes(List<ScoredSentence> ranked, ScoredSentence best)
    {
        var chosen = new List<ScoredSentence> { best };
        bool Continues(ScoredSentence c) => c.Article.Id == best.Article.Id
            && Math.Abs(c.Sentence.Index - best.Sentence.Index) <= 2
            && (c.TypeFit > 0 || c.Coverage >= options.MinCoverage) && c.Coverage >= options.MinCoverage / 2;
        bool Strong(ScoredSentence c) => c.Score >= 0.6 * best.Score && c.Coverage >= options.MinCoverage;

        foreach (ScoredSentence candidate in ranked.Skip(1).Where(Continues).Concat(ranked.Skip(1).Where(Strong)))
        {
            if (chosen.Count >= options.MaxQuotes)
            {
                break;
            }

            bool repeated = chosen.Any(c => (c.Article.Id == candidate.Article.Id && c.Sentence.Index == candidate.Sentence.Index)
                || c.Sentence.TextOf(c.Article) == candidate.Sentence.TextOf(candidate.Article));
            if (!repeated && chosen.Count(c => c.Article.Id == candidate.Article.Id) < 2)
            {
                chosen.Add(candidate);
            }
        }

        return chosen;
    }

    private static string Lead(AnalyzedQuestion question, List<ScoredSentence> chosen)
    {
        ScoredSentence best = chosen[0];
        string source = SourceLabel(best.Article);
        if (question.Type == QuestionType.When && WhenLead(question, chosen) is { } when)
        {
            return when;
        }

        string text = best.Sentence.TextOf(best.Article).Trim().Trim('"', '“', '”');
        if (question.Type == QuestionType.HowLong
            && best.Sentence.Times.FirstOrDefault(t => t.Type == TimexType.Duration) is { } duration)
        {
            return $"{Capitalize(duration.Text)} ({TimexDescriber.Describe(duration.Value, TimexType.Duration)}), according to {source}: {Shorten(text, 240)}";
        }

        if (question.Type == QuestionType.HowMany && CountedPhrase(question, text) is { } count)
        {
            return $"{Capitalize(count)}, according to {source}: {Shorten(text, 240)}";
        }

        return $"According to {source}: {Shorten(text, 280)}";
    }

    [GeneratedRegex(@"\b(?:\d[\d,.]*(?:\s+(?:mln|million|billion|bln|pct|percent|per cent))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?)\b(?:\s+[\w'’-]+){0,3}", RegexOptions.IgnoreCase)]
    private static partial Regex CountWithNoun();

    /// <summary>The quantity in the sentence whose following words share the most with the question ("six diplomatic properties").</summary>
    private static string? CountedPhrase(AnalyzedQuestion question, string sentence)
    {
        var keys = question.Groups.Select(g => g.Key.Length > 5 ? g.Key[..5] : g.Key).ToList();
        bool Asked(string word) => keys.Any(k => word.Contains(k, StringComparison.OrdinalIgnoreCase));
        return CountWithNoun().Matches(sentence)
            .Select(m => m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(words => (Words: words, Last: Array.FindLastIndex(words, Asked)))
            .Where(x => x.Last > 0)
            .OrderByDescending(x => x.Words.Count(Asked))
            .Select(x => string.Join(' ', x.Words[..(x.Last + 1)]).TrimEnd(',', '.', ';'))
            .FirstOrDefault();
    }

    /// <summary>"Third round of talks: autumn 2025 ("this fall"), planned, according to MENAFN (28 Sep 2025)."</summary>
    private static string EventLead(Events.TimelineEvent e, ScoredSentence source)
    {
        string said = e.DateValue is not null && e.DateText is { } text ? $" (\"{text}\")" : string.Empty;
        string date = e.DateValue is null ? e.DateDescription
            : e.Precision == TimexPrecision.Day && TimexDescriber.TryGetRange(e.DateValue, out DateOnly day, out _)
                ? day.ToString("dddd, d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)
                : TimexDescriber.Describe(e.DateValue);
        return $"{e.Summary}: {date}{said}, {e.Status.ToString().ToLowerInvariant()}, according to {SourceLabel(source.Article)}.";
    }

    /// <summary>The date in the best evidence that sits closest to the words of the question.</summary>
    private static string? WhenLead(AnalyzedQuestion question, List<ScoredSentence> chosen)
    {
        foreach (ScoredSentence s in chosen)
        {
            string text = s.Sentence.TextOf(s.Article);
            var anchors = question.Groups.SelectMany(g => AllIndexes(text, g.Key)).ToList();
            var time = s.Sentence.Times.Where(t => t.Type is TimexType.Date or TimexType.Time && !t.Value.EndsWith("_REF", StringComparison.Ordinal))
                .OrderBy(t => anchors.Count == 0 ? 0 : anchors.Min(a => Math.Abs(a - t.Start)))
                .ThenByDescending(t => t.Start)
                .FirstOrDefault();
            if (time is null)
            {
                continue;
            }

            string phrase = Capitalize(time.Text);
            string source = SourceLabel(s.Article);
            return time.Value.Contains('X', StringComparison.Ordinal)
                ? $"{phrase}, according to {source}; the article is undated, so that date cannot be placed exactly."
                : $"{phrase} ({TimexDescriber.Describe(time.Value)}), according to {source}.";
        }

        return null;
    }

    private static IEnumerable<int> AllIndexes(string text, string word)
    {
        if (word.Length < 3)
        {
            yield break;
        }

        // A stem-like prefix, so "meet" finds "meeting" and "sign" finds "signed".
        string prefix = word.Length > 5 ? word[..5] : word;
        for (int i = text.IndexOf(prefix, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(prefix, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            yield return i;
        }
    }

    private static string SourceLabel(Article article) =>
        $"{article.Outlet ?? $"\"{Shorten(article.Title, 80)}\""} ({DateText.Published(article.Published.Value)})";

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 3)].TrimEnd() + "...";

    /// <summary>Citations for the sentences, each checked to be verbatim; a quote that fails the check is never shown.</summary>
    private static List<Citation> Cite(IEnumerable<ScoredSentence> sentences) => sentences
        .Select(s => (s.Article, Citation: Citation.From(s.Article, s.Sentence, s.Score)))
        .Where(x => QuoteVerifier.IsVerbatim(x.Article, x.Citation))
        .Select(x => x.Citation)
        .ToList();

    private Article? Load(Dictionary<string, Article?> cache, string id)
    {
        if (!cache.TryGetValue(id, out Article? article))
        {
            cache[id] = article = store.Get(id);
        }

        return article;
    }
}
