using System.Text.RegularExpressions;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Search;
using DiplomacyBot.Core.Storage;
using DiplomacyBot.Core.Time;

namespace DiplomacyBot.Core.Answering;

/// <summary>
/// Answers from stored articles without any generative model: BM25 finds sentences, and so does the question's vector
/// when sentence vectors exist (<paramref name="semantic"/>); features rerank the candidates (how much of the question
/// they cover, in its words or in meaning, whether they hold what the question type asks for, ordinals, recency), and
/// the answer is composed of verbatim sentences. It abstains when no sentence covers enough of the question.
/// </summary>
public sealed partial class ExtractiveAnswerer(
    IArticleStore store,
    IPassageIndex index,
    QuestionAnalyzer analyzer,
    AnswerOptions options,
    SemanticSearch? semantic = null,
    TimeProvider? clock = null,
    RankingWeights? weights = null) : IAnswerer
{
    private readonly RankingWeights _weights = weights ?? RankingWeights.Default(vectors: semantic is not null);


    [GeneratedRegex(@"\b(?:agree[ds]?|agreements?|agreed|deal|commit(?:ments?|ted)?|accords?|pledged?|signed|formali[sz]e[ds]?|understanding|consensus)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgreementLanguage();

    [GeneratedRegex(@"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million|billion)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();

    /// <summary>The language of reasons: "because", "in retaliation for", "to penalise", "stems from", "was forced to".</summary>
    [GeneratedRegex(@"\b(?:because|due to|owing to|as a result of|in retaliation|retaliat\w*|to penali[sz]e|in response to|stems? from|stemming from|for (?:breaking|violating|failing|its failure|their failure)|failure to|caused by|in order to|aimed at|the reason|reasons? (?:for|why)|so that|prompted by|(?:in|to) protest|forced to|led (?:\w+\s+)?to|after an? (?:[\w-]+\s+){0,2}(?:damaged|destroyed|ruptured|struck|hit))\b", RegexOptions.IgnoreCase)]
    private static partial Regex CauseLanguage();

    [GeneratedRegex(@"\b(?:minister|president|chairman|chairwoman|secretary|governor|spokes(?:man|woman|person)|director|chief|head of|ambassador|led by|headed by|envoy|manager|[A-Z][a-z]+ [A-Z][a-z]+ said)\b")]
    private static partial Regex PersonLanguage();

    public async Task<Answer> AskAsync(string question, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        // With sentence vectors, the question is embedded and searched by meaning while it is read and searched by words.
        Task<SemanticMatch?>? nearest = SearchByMeaning(question.Trim(), asOf, cancellationToken);
        AnalyzedQuestion analyzed = Analyze(question, asOf);
        if (analyzed.Groups.Count == 0)
        {
            // No subject: "What's the latest?" and "What happened in June 1987?" are about the collection itself.
            var overview = new ReportsOverview(store, options.MaxQuotes);
            return analyzed.Type == QuestionType.Latest ? overview.Newest(question, asOf)
                : analyzed.Period is { } period ? overview.Period(question, period, Today(asOf), asOf)
                : new Answer(question, "Please ask a question about the stored articles, e.g. \"When is the next round of talks?\"", true, []) { Outcome = AnswerOutcome.NotAQuestion };
        }

        (analyzed, var result, _, var ranked) = await SearchAndRankAsync(analyzed, asOf, nearest).ConfigureAwait(false);
        var unknown = analyzed.Names.Where(g => g < result.GroupOccurrences.Count && result.GroupOccurrences[g] == 0)
            .Select(g => NameShown(analyzed, g))
            .Distinct(StringComparer.OrdinalIgnoreCase)
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

        // A word for the deed that the articles never use cannot be asked of them: they may say it in other words.
        bool Used(string word) => Enumerable.Range(0, Math.Min(analyzed.Groups.Count, result.GroupOccurrences.Count))
            .Any(g => analyzed.Groups[g].Key == word && result.GroupOccurrences[g] > 0);
        if (analyzed.CountedDeed is { } deed && !Used(deed))
        {
            analyzed = analyzed with { CountedDeed = null };
        }

        if (analyzed.WhatDeed is { } whatDone && !Used(whatDone))
        {
            analyzed = analyzed with { WhatDeed = null };
        }

        if (analyzed.WhenDeed is { } dated && !Used(dated))
        {
            analyzed = analyzed with { WhenDeed = null };
        }

        if (analyzed.Valued is { } valued && !Used(valued))
        {
            analyzed = analyzed with { Valued = null };
        }

        if (MissingOrdinal(analyzed, ranked) is { } missing)
        {
            return new Answer(question, $"The stored articles never mention {missing}. These are the closest passages I found:", true, Cite(ranked.Take(options.MaxQuotes)));
        }

        ScoredSentence best = ranked[0];
        if (best.Coverage < options.MinCoverage)
        {
            // Asked what came of something, or whether it was done, that the articles speak of without saying: not
            // reported yet, and what the closest report says.
            if (AsksWhatCameOf(analyzed) && best.Coverage >= options.MinCoverage / 2 && !best.MissesName)
            {
                return NotReportedYet(question, ranked, best, "the closest report");
            }

            return new Answer(question, "The stored articles don't say. These are the closest passages I found:", true, Cite(ranked.Take(options.MaxQuotes)));
        }

        var after = AfterNewestReport(analyzed, ranked);
        if (after?.Expecting is { } expecting)
        {
            // Asked about a day the reports still look ahead to: not reported yet, and what the report expecting it says.
            string asked = analyzed.Period?.Day is null
                ? after.Value.Asked.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)
                : DateText.Day(after.Value.Asked);
            return SaysFirst(question, ranked, expecting, $"Not reported yet: the stored reports on this end on {DateText.Day(after.Value.Newest)}, before {asked}; {SourceLabel(expecting.Article)}") with
            {
                Outcome = AnswerOutcome.NotYetReported,
            };
        }

        if (after is { Newest: var newest })
        {
            if (analyzed.Period is { Relative: true })
            {
                // "Who won this week?" with no report from this week: what the newest reports say, and how old they are.
                Answer older = Compose(new AnswerDraft(question, analyzed, ranked));
                return older.Abstained ? older : older with
                {
                    Lead = $"{older.Lead} (No stored report on this is from the period asked about; the newest is from {DateText.Day(newest)}.)",
                };
            }

            return new Answer(
                question,
                $"None of the stored articles on this is from that period (the newest is from {DateText.Day(newest)}), so they can't say yet. These are the closest passages I found:",
                true,
                Cite(ranked.Take(options.MaxQuotes))) { Outcome = AnswerOutcome.OutsidePeriod };
        }

        if (analyzed.AsksOccurred && analyzed.Ordinal is { } numbered)
        {
            // "Did the second round go ahead?": a report of that round held says it did, in whatever words; one that
            // only expects it says not yet.
            if (Expected(analyzed, ranked) is { } awaited)
            {
                return NotReportedYet(question, ranked, awaited, "the latest report");
            }

            var heldAt = OutcomeEvidenceOf(ranked)
                .SelectMany(s => s.Article.Events.Where(m => m.Ordinal == numbered && m.Status == Events.EventStatus.Held).Select(m => (s.Article.Id, m.SentenceIndex)))
                .ToList();
            if (heldAt.Count > 0)
            {
                // The sentence reporting it held leads, when it is among those found.
                var draft = new AnswerDraft(question, analyzed, ranked);
                if (ranked.FirstOrDefault(s => heldAt.Contains((s.Article.Id, s.Sentence.Index))) is { } held)
                {
                    draft.Lead(held);
                }

                return Finish(draft);
            }
        }

        if (analyzed.AsksOutcome && Expected(analyzed, ranked) is { } expected)
        {
            // Asked what came of something the reports only expect: say so, and what the latest of them expects.
            return NotReportedYet(question, ranked, expected, "the latest report");
        }

        if (analyzed.AsksOutcome && analyzed.Type is QuestionType.WhatAgreed or QuestionType.Other && Unreached(analyzed, ranked) is { } unreached)
        {
            // Asked what was agreed or decided where the closest report says it fell short ("stopped short of imposing
            // a solution"): no outcome is reported, and the answer says what the report does.
            return NotReportedYet(question, ranked, unreached, "the closest report");
        }

        if (analyzed.AsksOutcome && analyzed.Type is QuestionType.WhatAgreed or QuestionType.Other && Unsettled(analyzed, ranked) is { } unsettled)
        {
            // Asked what was decided, ruled or agreed where no report found says anything was: not reported yet.
            return NotReportedYet(question, ranked, unsettled, "the closest report");
        }

        if ((analyzed.AsksDone || analyzed.AsksState) && !(analyzed.Type == QuestionType.When && analyzed.Tense == Events.EventStatus.Planned) && !analyzed.AsksWillDo
            && (Intended(analyzed, ranked) ?? Unconfirmed(analyzed, ranked)) is { } intended)
        {
            // Asked whether something was done that the reports only aim at or discuss, or do not say was done yet:
            // say so, and what they say. Asked what is to be done ("is the yard going to close?"), what the reports say
            // is intended is the answer.
            return NotReportedYet(question, ranked, intended, "the closest report");
        }

        if (analyzed.Doer is { } doer && analyzed.DoerGroup is >= 0 and < 64 and var doerGroup
            && RankedTexts(ranked) is var texts
            && (Text.Lexicon.ActingBodies.Contains(doer) || IsNameInText(doer, texts))
            && !OutcomeEvidenceOf(ranked).Any(s => NamesDoer(analyzed, s, doerGroup)))
        {
            // "Did the assembly pass it?" is not answered by reports that never name the assembly: the senate's vote is
            // another's deed, and that the bill "will go to the assembly" tells nothing it did. A subject of one word is
            // a doer only where the reports write it as a name ("did kroll attend?"), not "did prices fall?"; it is shown
            // as they write it.
            string who = Text.Lexicon.ActingBodies.Contains(doer) ? "the " + doer : AsWritten(doer, texts);
            return new Answer(question, $"The stored reports found don't say what {who} did. These are the closest passages I found:", true, Cite(ranked.Take(options.MaxQuotes)));
        }

        // What is left depends on what the question asks for: the strategy for its type composes the answer.
        return Compose(new AnswerDraft(question, analyzed, ranked));
    }

    /// <summary>
    /// Whether a sentence, the one before it or its story's title names the body a yes-no question asks about ("did
    /// the board approve it?": "The board met on Monday. It approved the sale."), other than only as what is still to
    /// come.
    /// </summary>
    private static bool NamesDoer(AnalyzedQuestion question, ScoredSentence s, int group)
    {
        var terms = question.Groups[group].Terms.Where(t => t.Text.Length >= 2).Select(t => AnswerFacts.StemOf(t.Text)).ToList();
        if ((s.TextGroups & (1UL << group)) != 0)
        {
            return !NamedOnlyAhead(s.Sentence.TextOf(s.Article), terms);
        }

        string before = s.Sentence.Index > 0 ? s.Article.SentenceText(s.Sentence.Index - 1) : string.Empty;
        return terms.Any(stem => (BeginsWord(before, stem) && !NamedOnlyAhead(before, terms)) || BeginsWord(s.Article.Title, stem));
    }

    /// <summary>
    /// Whether every word of the text that begins with one of the stems stands in a clause with a word that looks ahead:
    /// "the bill will go to the assembly" and "the assembly is expected to pass it" name the assembly only for what is
    /// still to come. False when no word does.
    /// </summary>
    private static bool NamedOnlyAhead(string text, List<string> stems)
    {
        bool any = false;
        foreach (string stem in stems)
        {
            for (int at = NextWordBeginning(text, stem, 0); at >= 0; at = NextWordBeginning(text, stem, at + 1))
            {
                int from = text.AsSpan(0, at).LastIndexOfAny(ClauseMarks) + 1;
                int to = text.AsSpan(at).IndexOfAny(ClauseMarks) is var end and >= 0 ? at + end : text.Length;
                if (!LooksAhead().IsMatch(text.AsSpan(from, to - from)))
                {
                    return false;
                }

                any = true;
            }
        }

        return any;
    }

    /// <summary>
    /// A name of the question as it is shown: the whole place a word of it belongs to ("New York" for "york"), or the
    /// word as written, capitalised when the question did not.
    /// </summary>
    private static string NameShown(AnalyzedQuestion analyzed, int group)
    {
        string key = analyzed.Groups[group].Key;
        return analyzed.Places.FirstOrDefault(place => place.Contains(' ', StringComparison.Ordinal)
                && analyzed.Groups[group].Terms.Any(t => t.Text.Equals(place, StringComparison.OrdinalIgnoreCase)))
            ?? (analyzed.Text.Contains(key, StringComparison.Ordinal) ? key : Capitalized(key));
    }

    /// <summary>
    /// Whether a question asks what came of something or whether it was in fact done ("what came of ...?", "did they
    /// end up ...?", "is it finalised?", "has it been ratified yet?"), which articles that only speak of the matter have
    /// not reported yet.
    /// </summary>
    private static bool AsksWhatCameOf(AnalyzedQuestion analyzed) =>
        analyzed.AsksOutcome || analyzed.AsksState || analyzed.AsksYet || (analyzed.AsksDone && analyzed.StressesDone);

    private Answer NotReportedYet(string question, List<ScoredSentence> ranked, ScoredSentence expecting, string which) =>
        SaysFirst(question, ranked, expecting, $"Not reported yet: {which}, {SourceLabel(expecting.Article)},") with
        {
            Outcome = AnswerOutcome.NotYetReported,
        };

    /// <summary>
    /// An answer that tells what one sentence says, which is not the fact asked for: "<paramref name="opening"/> says:"
    /// and the sentence, which is quoted first, before the best of the others.
    /// </summary>
    private Answer SaysFirst(string question, List<ScoredSentence> ranked, ScoredSentence first, string opening)
    {
        var quotes = new List<ScoredSentence> { first };
        quotes.AddRange(ranked.Where(s => s != first).Take(options.MaxQuotes - 1));
        return new Answer(question, $"{opening} says: {Text.Shortened.To(first.Sentence.TextOf(first.Article).Trim(), 240)}", true, Cite(quotes));
    }

    /// <summary>The sentences weighed for what came of something: the best few that cover the question and its event.</summary>
    private List<ScoredSentence> OutcomeEvidenceOf(List<ScoredSentence> ranked)
    {
        double top = ranked[0].Score;
        return ranked
            .Where(s => s.Coverage >= options.MinCoverage && !s.MissesName && s.OnAskedEvent != false && s.Score >= OutcomeEvidenceShare * top)
            .Take(OutcomeEvidence)
            .ToList();
    }

    /// <summary>
    /// For a question about what came of something: the latest report that only expects it, when none of the reports
    /// that answer the question says it came about. The evidence is the best few sentences that cover the question;
    /// for a numbered event ("the third round"), what the articles say of that event.
    /// </summary>
    private ScoredSentence? Expected(AnalyzedQuestion question, List<ScoredSentence> ranked)
    {
        var evidence = OutcomeEvidenceOf(ranked);
        if (evidence.Count == 0)
        {
            return null;
        }

        if (question.Ordinal is { } ordinal)
        {
            var mentions = evidence.Select(s => s.Article).DistinctBy(a => a.Id)
                .SelectMany(a => a.Events.Where(m => m.Ordinal == ordinal).Select(m => (Article: a, Mention: m)))
                .ToList();
            if (mentions.Count == 0 || mentions.Any(m => m.Mention.Status == Events.EventStatus.Held))
            {
                return null;
            }

            var planned = mentions.Where(m => m.Mention.Status == Events.EventStatus.Planned)
                .OrderByDescending(m => m.Article.Published.Value ?? DateOnly.MinValue)
                .FirstOrDefault();
            return planned.Article is null ? null
                : evidence.FirstOrDefault(s => s.Article.Id == planned.Article.Id && s.Sentence.Index == planned.Mention.SentenceIndex)
                    ?? evidence.First(s => s.Article.Id == planned.Article.Id);
        }

        // How an offer was answered is settled by any report of the answer, whatever is still to come after it.
        if (question.AsksResponse && evidence.Any(s => AnswerFacts.ReportsAnswer(s.Sentence.TextOf(s.Article))))
        {
            return null;
        }

        if (question.AsksNext && NextExpected(evidence) is { } ahead)
        {
            return ahead;
        }

        // The best evidence expects the event: in its tense, or by dating it after its report ("adjourned until Thursday").
        var statuses = evidence.Select(s => (Sentence: s, Status: StatusOfAsked(question, s) ?? Events.EventExtractor.StatusOf(s.Sentence.TextOf(s.Article)))).ToList();
        DateOnly? day = SetDay(statuses[0].Sentence);
        if (statuses[0].Status != Events.EventStatus.Planned && SetDay(statuses[0].Sentence, oneDay: true) is null
            && !Attempt().IsMatch(statuses[0].Sentence.Sentence.TextOf(statuses[0].Sentence.Article)))
        {
            return null;
        }

        // A report written before the day the best evidence sets for the event cannot say what came of it, whatever
        // else it says was done ("the venue had been agreed"). One that expects the event only agreed its plan ("reached
        // an understanding to hold another session").
        if (statuses.Any(s => (day is null || s.Sentence.Article.Published.Value is not { } published || published >= day)
            && (s.Status == Events.EventStatus.Held
                || (s.Status != Events.EventStatus.Planned && Text.Lexicon.AnyIn(Text.Lexicon.DoneWords, s.Sentence.Sentence.TextOf(s.Sentence.Article))))))
        {
            return null;
        }

        return statuses.Where(s => s.Status == Events.EventStatus.Planned || s.Sentence == statuses[0].Sentence)
            .Select(s => s.Sentence)
            .OrderByDescending(s => s.Article.Published.Value ?? DateOnly.MinValue)
            .ThenByDescending(s => s.Score)
            .First();
    }

    /// <summary>
    /// The status of the event a question names by its time, of those a sentence mentions: "two sessions have been held
    /// and a third is set for the spring" reports sessions held and expects the spring one. Null when the question's
    /// words name the time of none of them, or of events in different states.
    /// </summary>
    private static Events.EventStatus? StatusOfAsked(AnalyzedQuestion question, ScoredSentence sentence)
    {
        var named = sentence.Article.Events
            .Where(m => m.SentenceIndex == sentence.Sentence.Index && m.DateText is { Length: > 0 } when
                && question.Groups.Any(g => g.Terms.Any(t => Quotes(when, t.Text))))
            .Select(m => m.Status)
            .Distinct()
            .ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>
    /// "What did they agree at the follow-up meeting?": the newest report among the evidence that expects a further
    /// meeting ("will meet again", "called for another meeting"), when no report after it says one was held or what it
    /// decided.
    /// </summary>
    private static ScoredSentence? NextExpected(List<ScoredSentence> evidence)
    {
        var expecting = evidence
            .Select(s => (Sentence: s, Text: s.Sentence.TextOf(s.Article)))
            .Where(s => Events.EventExtractor.MentionsEvent(s.Text) && (Events.EventExtractor.StatusOf(s.Text) == Events.EventStatus.Planned || AimCue().IsMatch(s.Text) || AnotherMeeting.IsMatch(s.Text)))
            .OrderByDescending(s => s.Sentence.Article.Published.Value ?? DateOnly.MinValue)
            .FirstOrDefault();
        if (expecting.Sentence is null)
        {
            return null;
        }

        DateOnly since = expecting.Sentence.Article.Published.Value ?? DateOnly.MinValue;
        return evidence.Any(s => (s.Article.Published.Value ?? DateOnly.MinValue) > since
            && (SentenceFeatures.StatusOf(s.Article, s.Sentence) == Events.EventStatus.Held || Text.Lexicon.AnyIn(Text.Lexicon.DoneWords, s.Sentence.TextOf(s.Article))))
            ? null : expecting.Sentence;
    }

    /// <summary>
    /// For a question about what came of something: the best evidence, when it says the outcome was not reached ("stopped
    /// short of imposing", "failed to agree", "ended without agreement") and no evidence from then on reports one.
    /// </summary>
    private ScoredSentence? Unreached(AnalyzedQuestion question, List<ScoredSentence> ranked)
    {
        var evidence = DeedEvidence(ranked);
        if (evidence.Count == 0 || !FellShort().IsMatch(evidence[0].Text) || Reached(evidence[0].Text))
        {
            return null;
        }

        // A later report of the same matter, in the same article or naming all the closest report names of the
        // question, may say it was reached after all.
        ScoredSentence closest = evidence[0].Sentence;
        ulong named = closest.TextGroups & ~DeedBits(question);
        DateOnly since = closest.Article.Published.Value ?? DateOnly.MinValue;
        return evidence.Skip(1).Any(e => (e.Sentence.Article.Published.Value ?? DateOnly.MaxValue) >= since
                && (e.Sentence.Article.Id == closest.Article.Id || (e.Sentence.TextGroups & named) == named)
                && Reached(e.Text))
            ? null : closest;
    }

    /// <summary>
    /// For a question about what was decided or agreed ("what did the ministers decide?"), or how a matter ended ("how
    /// did the case turn out?"): the best evidence, when none of the evidence says anything was reached or done
    /// ("agreed", "ruled", "passed"), nor does it in the question's own word for the outcome.
    /// </summary>
    private ScoredSentence? Unsettled(AnalyzedQuestion question, List<ScoredSentence> ranked)
    {
        if (question.AsksReaction || question.AsksConcern)
        {
            return null;
        }

        // The outcome asked for in a verb ("what did they decide?", "what was agreed?"), not a noun ("the ruling", "what
        // was the vote?"): a word of the lexicon that is a past form, or whose past form is one. "How did it turn out?"
        // names no outcome: any report of one reached or decided answers it.
        var words = WhatWasDone().Match(question.Text) is { Success: true } asked ? OutcomeVerbs(question, asked) : [];
        if (words.Count == 0 && !question.AsksHowItEnded)
        {
            return null;
        }

        var evidence = DeedEvidence(ranked);
        if (evidence.Count == 0)
        {
            return null;
        }

        // The question's verb in a past form ("decided", "signed") or a word that reports something done ("ruled",
        // "passed"), where nothing makes it only wanted or expected.
        var done = new Regex(@"\b(?:" + string.Join('|', words.SelectMany(PastOf).Concat(Text.Lexicon.DoneWords).Distinct().Select(Regex.Escape)) + @")\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return evidence.Any(e => Reached(e.Text) || done.Matches(e.Text).Any(m => Said(e.Text, m))
                || (question.AsksHowItEnded && (Ended().Matches(e.Text).Any(m => Said(e.Text, m)) || CalledOff().IsMatch(e.Text))))
            ? null : evidence[0].Sentence;
    }

    /// <summary>Words that tell how a matter ended, beyond agreeing or deciding: "won", "convicted", "withdrew", "collapsed".</summary>
    [GeneratedRegex(@"\b(?:won|lost|elected|defeated|convicted|acquitted|sentenced|jailed|fined|cleared|dismissed|dropped|withdrew|withdrawn|failed|collapsed|ended|bought|acquired|merged|sold|awarded|ordered|overturned|upheld|struck\s+down|threw\s+out|thrown\s+out)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ended();

    /// <summary>The question's words for the outcome asked for, in a verb ("decide", "agreed"), not a noun ("the ruling").</summary>
    private static List<string> OutcomeVerbs(AnalyzedQuestion question, Match asked)
    {
        bool passive = asked.Groups["aux"].Value is "was" or "were";
        return question.Groups.Select(g => g.Key)
            .Where(w => passive ? w.EndsWith("ed", StringComparison.Ordinal) && Text.Lexicon.OutcomeWords.Contains(w) : PastOf(w).Any(Text.Lexicon.OutcomeWords.Contains))
            .Where(w => Regex.IsMatch(question.Text, @"(?<!\b(?:the|a|an|its|their|this|that|his|her|our)\s+)\b" + Regex.Escape(w) + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
            .ToList();
    }

    /// <summary>The past forms of a verb: itself when it is one, else "-ed", "-d", "-ied" and any irregular ones.</summary>
    private static IEnumerable<string> PastOf(string verb) => verb.EndsWith("ed", StringComparison.Ordinal) ? [verb]
        : new[] { verb + "ed", verb + "d" }.Concat(verb.EndsWith('y') ? [verb[..^1] + "ied"] : []).Concat(Text.IrregularVerbs.PastFormsOf(verb));

    /// <summary>"What did ...", "what was ...", "what have ...": a question for what was done ("what does the rule require?" is not).</summary>
    [GeneratedRegex(@"^(?:[^?]*?[-–—:,]\s*)?what\s+(?<aux>did|has|have|had|was|were)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhatWasDone();

    /// <summary>Whether the text says something was reached, outside what it says fell short ("no agreement was reached").</summary>
    private static bool Reached(string text)
    {
        var fell = FellShort().Matches(text);
        return Completed().Matches(text).Any(m => Said(text, m) && !fell.Any(f => m.Index >= f.Index && m.Index < f.Index + f.Length));
    }

    /// <summary>An outcome not reached: "stopped short of", "failed to agree", "without reaching agreement", "talks broke down".</summary>
    [GeneratedRegex(@"\b(?:stopp(?:ed|ing)\s+short\s+of|fail(?:ed|s|ing)?\s+to\s+(?:agree|reach|settle|resolve|approve|decide|break|end)|without\s+(?:reaching\s+|an?\s+|any\s+)*(?:agreement|deal|accord|settlement|decision)|no\s+(?:agreement|deal|accord|settlement|decision)\s+(?:was|has\s+been|had\s+been)\s+(?:reached|made|struck)|(?:talks|negotiations)\s+(?:\w+\s+)?broke\s+(?:down|off)|(?<!\b(?:break|breaks|broke|broken|breaking|end|ended|ending|resolved?|overcame|overcome)\s+(?:the\s+)?)deadlock(?:ed)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FellShort();

    /// <summary>"another meeting", "a further round", "meet again": a meeting still to come after the one reported.</summary>
    private static readonly Regex AnotherMeeting = new(@"\b(?:another|a\s+further|a\s+new|a\s+follow-?up)\s+(?:" + Text.EventWords.Meeting + @")\b|\bmeet(?:ing)?\s+again\b", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>
    /// For a yes-no question whether something was done ("have flights resumed?"): the best evidence, when it only
    /// names it as aimed at, discussed or planned ("stressed the importance of resuming flights") and none of the evidence
    /// says it was done (a past form of the question's word for the deed, or a word of completion: "agreed", "signed").
    /// </summary>
    private ScoredSentence? Intended(AnalyzedQuestion question, List<ScoredSentence> ranked)
    {
        var evidence = DeedEvidence(ranked);
        // The deed in the question's word or one that stands for it ("reply": "respond"); a question on a state ("are
        // flights running again?") names none, and any aim or possibility in the best evidence leaves it unreported.
        string stem = DeedStem(question);
        // The best evidence names the deed as something to do or under way ("resuming flights", "to resume", "the
        // return of", "restoration"), not as done.
        string undone = $@"\b(?:to|{Modal})\s+(?:\p{{L}}+ly\s+)?{stem}\w*|\b{stem}\w*ing\b|\b(?:the|a|an|its|their)\s+{stem}\w*\s+of\b|\b{stem}\w*(?:ion|al)\b";
        if (evidence.Count == 0)
        {
            return null;
        }

        // The best evidence that names the deed speaks of it, rather than the best one that covers the rest of the question
        // (with no deed asked, the stem matches nothing and the best evidence stands).
        var (closest, said) = evidence.FirstOrDefault(e => Regex.IsMatch(e.Text, $@"\b{stem}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)) is { Sentence: not null } named
            ? named : evidence[0];

        // Or it names something else to be done in its place ("a willingness to lift" for "did they scrap"); a question
        // that insists on what was in fact done ("did they actually ...") is not answered by any aim or possibility. A
        // deal still being negotiated was not yet signed, agreed or settled.
        bool agreeing = question.Deed is { } deed && Text.Lexicon.OutcomeWords.Contains(deed);
        bool negotiating = agreeing && Negotiating().IsMatch(said);
        if (!(Aims(said) || negotiating)
            || !(question.StressesDone || question.AsksState || Regex.IsMatch(said, undone, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant) || AimedAt().IsMatch(said)
                || negotiating))
        {
            return null;
        }

        // "Agreed to discuss" has done the agreeing asked about ("has Moscow accepted ...?"), not the discussing.
        // A word of completion tells of the same matter only in the closest report's article, or beside all of the
        // question's words that report names: "talks resumed" elsewhere does not say an offer was answered.
        Regex done = DoneDeed(question, stem);
        ulong closestNames = closest.TextGroups & ~DeedBits(question);
        return evidence.Any(e => done.Matches(e.Text).Any(m => Said(e.Text, m))
            || ((e.Sentence.Article.Id == closest.Article.Id || (e.Sentence.TextGroups & closestNames) == closestNames)
                && Completed().Matches(e.Text).Any(m => Said(e.Text, m) && (agreeing || !LeadsOn().IsMatch(e.Text.AsSpan(m.Index + m.Length))))))
            ? null : closest;
    }

    /// <summary>
    /// For a question whether something has been done yet, or was ever or in fact done ("has the Senate ratified the
    /// pact yet?", "did the strike ever get settled?"), or for what or who in the end did it ("what stake did it finally
    /// take?", "who ended up buying the mine?"): the closest report, when none of the evidence says it was done and the
    /// best does not say how it stands ("has not yet been approved", "is being coordinated"). Only the question's deed,
    /// or for an agreeing a word of agreement, says it was done: that the union "rejected an offer" does not say the
    /// strike was settled. A question for a fact in the present ("what does Moscow really want?") asks of no deed done.
    /// A plain "did they ...?" is not reported yet only when the closest report expects the deed, or says it was only
    /// asked for, and tells no answer to it; where the closest names no such deed and reports no decision, a sentence of
    /// its story that names the deed only as still to come stands for it.
    /// </summary>
    private ScoredSentence? Unconfirmed(AnalyzedQuestion question, List<ScoredSentence> ranked)
    {
        // "Did the shareholders approve the merger?" asks plainly whether it was done: only a closest report that expects
        // it ("the meeting is to approve the merger"), or one that it was asked for and no more ("is seeking a court
        // order"), leaves it unreported. One on a view ("did analysts expect ...?"),
        // or on what someone said, asks of no deed.
        bool plain = AsksPlainlyDone(question);
        if (!(question.AsksYet || plain || (question.StressesDone && (question.Type == QuestionType.YesNo || question.Tense == Events.EventStatus.Held
                || (question.Type == QuestionType.Who && question.Tense != Events.EventStatus.Planned && InTheEnd().IsMatch(question.Text)))))
            || question.Deed is not { } deed)
        {
            return null;
        }

        // The closest report may say how it stands, or that it was called off: either answers. Asked plainly, where the
        // closest names no such deed, another sentence of its story that names it only as still to come tells of it
        // ("they reached an agreement to merge", then "the merger must be approved by the shareholders").
        // A closest report of a decision in other words ("the holders backed the merger") is not passed over.
        var evidence = DeedEvidence(ranked);
        string deedNamed = DeedNamed(question);
        if (plain && evidence.Count > 1 && !Decided().IsMatch(evidence[0].Text) && !AnswerFacts.ReportsAnswer(evidence[0].Text)
            && evidence.FindIndex(e => Regex.IsMatch(e.Text, deedNamed, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)) is > 0 and var naming
            && evidence[naming].Sentence.Article.Id == evidence[0].Sentence.Article.Id && OnlyAhead(question, evidence[naming].Text))
        {
            evidence.Insert(0, evidence[naming]);
            evidence.RemoveAt(naming + 1);
        }

        // A closest report that names the deed only as still to come ("the meeting is to approve the merger") expects it,
        // whatever else it reports done, unless it tells how the deed was answered; an agreement it names only to
        // describe a thing ("the agreement signed in March") is neither that answer nor the deed done, and nor are the
        // deed it names ahead ("subject to shareholder approval") and another's agreeing to do more ("agreed to buy").
        bool ahead = plain && evidence.Count > 0 && OnlyAhead(question, evidence[0].Text);
        string closestText = evidence.Count == 0 ? string.Empty
            : ahead ? DecidedToDoMore().Replace(Regex.Replace(WithoutDescribingAgreement(evidence[0].Text), DeedNamed(question), " ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), " ")
            : evidence[0].Text;
        // "The terms had not yet been approved": the closest report says the deed is still to be done, unless another
        // report found says it was done.
        Regex done = DoneDeed(question, DeedStem(question));
        if (evidence.Count > 0 && done.Matches(evidence[0].Text).Any(m => NotYetDone().IsMatch(evidence[0].Text.AsSpan(0, m.Index)) && YetWord().IsMatch(evidence[0].Text.AsSpan(0, m.Index)))
            && !evidence.Skip(1).Any(e => done.Matches(e.Text).Any(m => SaidDone(e.Text, m))))
        {
            return evidence[0].Sentence;
        }

        if (evidence.Count == 0 || Standing().IsMatch(evidence[0].Text) || CalledOff().IsMatch(evidence[0].Text)
            || (plain && !question.AsksYet && !question.StressesDone
                && ((!ahead && Events.EventExtractor.StatusOf(evidence[0].Text) != Events.EventStatus.Planned && !OnlySought(deed, evidence[0].Text))
                    || AnswerFacts.ReportsAnswer(closestText) || FellShort().IsMatch(evidence[0].Text))))
        {
            return null;
        }

        // A report of it done is in the closest report's article, or names all the closest report names of the
        // question: the Senate's ratifying another pact says nothing of this one.
        ulong named = evidence[0].Sentence.TextGroups & ~DeedBits(question);

        // Only asked for, where other evidence for the question says the decision on it was put off: that report tells
        // how it stands.
        if (plain && Events.EventExtractor.StatusOf(evidence[0].Text) != Events.EventStatus.Planned && OnlySought(deed, evidence[0].Text)
            && evidence.Skip(1).Any(e => PutOff().IsMatch(e.Text)))
        {
            return null;
        }

        bool agreeing = Text.Lexicon.OutcomeWords.Contains(deed);
        var told = evidence.Where(e => e.Sentence.Article.Id == evidence[0].Sentence.Article.Id || (e.Sentence.TextGroups & named) == named).ToList();
        return told
            .Any(e => done.Matches(e.Text).Any(m => SaidDone(e.Text, m))
                || (agreeing && (e == evidence[0] ? closestText : e.Text) is var text && Presupposed(question, deed, text) is var presupposed
                    && (presupposed ? DecidedToDoMore().Replace(text, " ") : text) is var rest
                    && Agreement().Matches(rest).Any(m => SaidDone(rest, m) && (!presupposed || Approving().IsMatch(m.Value) || Sealing().IsMatch(m.Value)))))
            ? null
            : (told.FirstOrDefault(e => Standing().IsMatch(e.Text)) is { Sentence: not null } standing ? standing : evidence[0]).Sentence;
    }

    /// <summary>
    /// Whether a yes-no question asks plainly whether something was done ("did the holders approve the merger?", "has
    /// the board met?"), not what someone said or held, nor how something stands.
    /// </summary>
    private static bool AsksPlainlyDone(AnalyzedQuestion question) =>
        question.Type == QuestionType.YesNo && question.Tense is Events.EventStatus.Held or null && question.Speaker is null
        && AskedDone().IsMatch(question.Text) && !ViewAsked().IsMatch(question.Text);

    /// <summary>
    /// Whether the parties' own agreeing to the matter ("agreed to buy the yard", "reached an agreement in principle") is
    /// what a question of another deed on it presupposes, and so no answer to it: an approval, a clearing, a signing or
    /// a completing ("has the bureau cleared the purchase?", "did the commission approve it?"), unless the text names the
    /// one the question says did it ("did the board approve the sale?": "the board agreed to sell"). A word of agreement
    /// that itself approves or seals ("ratified", "signed") still answers; an accepting or an agreeing is answered by any.
    /// </summary>
    private static bool Presupposed(AnalyzedQuestion question, string deed, string text) =>
        (Approving().IsMatch(deed) || Sealing().IsMatch(deed))
        && !(question.Doer is { } doer && Text.WholeWords.Contain(text, doer));

    /// <summary>A deed that seals a matter agreed: "sign", "complete", "close", "finalise"; not "signal".</summary>
    [GeneratedRegex(@"^(?:sign(?!al)|complet|clos|finali[sz])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Sealing();

    /// <summary>
    /// Whether the text names the question's deed only as still to come: "the meeting is to approve the merger", "the
    /// board will ratify it", "subject to shareholder approval", never as done, as a thing with no condition before it
    /// ("the approval") or after a "to" that does not look ahead ("the decision to approve", "in addition to approving").
    /// </summary>
    private static bool OnlyAhead(AnalyzedQuestion question, string text)
    {
        var named = Regex.Matches(text, DeedNamed(question), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return named.Count > 0 && named.All(m => !m.Value.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && Ahead().IsMatch(text.AsSpan(0, m.Index)));
    }

    /// <summary>
    /// A word of agreement that leads on to a further deed: "agreed to buy", "voted to strike", "agreed in principle to
    /// sell". A vote to back or to reject something ("voted to back the purchase") answers it, and stays.
    /// </summary>
    [GeneratedRegex(@"\b(?:agreed|agrees|accepted|approved|voted|signed)\s+(?:in\s+principle\s+)?to\s+(?!(?:the|a|an|and|or|its|their|his|her|this|that|these|those|what|which|whom|whoever|back|accept|approve|endorse|support|ratify|recommend|adopt|reject|oppose|block)\b)\p{L}+\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DecidedToDoMore();

    /// <summary>
    /// The question's deed in any of its forms, as a verb or as a thing: "approve", "approved", "approving", "approval"
    /// (a pattern the framework's bounded cache keeps, as the question's deed varies).
    /// </summary>
    private static string DeedNamed(AnalyzedQuestion question) => @"\b" + DeedStem(question) + @"(?:e|es|s|ed|d|en|ing|y|ies|ied|al)?\b"
        + (question.Deed is { } deed && Approving().IsMatch(deed) ? @"|\b(?:approval|clearance|consent|authori[sz]ation|ratification|go-ahead)\b" : string.Empty);

    /// <summary>A deed of approving: "approve", "clear", "ratify", "authorise", "endorse", "ok".</summary>
    [GeneratedRegex(@"^(?:approv|clear|ratif|authori[sz]|endors|consent|ok(?:ay)?(?:ed|'d)?$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Approving();

    /// <summary>
    /// Just before a verb, what puts it ahead: a modal ("will", "could"), or "to" after a form of "be" ("is to", "was
    /// expected to") or a word of a plan or a meeting ("plans to", "scheduled to", "a meeting to"), with an adverb
    /// between, or a modal or "to" and "be" ("must be approved", "needs to be approved"). Before the deed named as a
    /// thing, a condition still to be met: "subject to shareholder approval", "pending regulatory clearance",
    /// "conditional on the board's approval".
    /// </summary>
    [GeneratedRegex(@"(?:\b(?:subject\s+to|pending|awaiting|conditional\s+(?:on|upon)|contingent\s+(?:on|upon))(?:\s+[\p{L}'’-]+){0,3}?|\b(?:is|are|was|were|be|being)\s+(?:\p{L}+ly\s+)?(?:(?:set|due|expected|scheduled|likely|poised|going|about|planning|hoping|meant|supposed|called|asked|convened)\s+)?to|\b(?:plans?|planned|aims?|aimed|seeks?|hopes?|intends?|intended|wants?|expects?|scheduled|due|meets?|meeting|session)\s+to|\b(?:" + Modal + @")(?:\s+(?:\p{L}+ly\s+)?be)?|\bto\s+(?:\p{L}+ly\s+)?be)\s+(?:\p{L}+ly\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ahead();

    /// <summary>
    /// The text without words of agreement that only describe a thing ("the merger agreement signed in March", "the
    /// plan approved last year"): those tell nothing of how the deed asked about was answered.
    /// </summary>
    private static string WithoutDescribingAgreement(string text) => DescribingAgreement().Replace(text, " ");

    /// <summary>A word of agreement right after the thing it describes: "agreement signed", "deal approved".</summary>
    [GeneratedRegex(@"\b(?:agreement|accord|deal|pact|treaty|contract|plan|proposal|offer|merger|bill|law|settlement|package)s?\s+(?:\p{L}+ly\s+)?(?:signed|approved|agreed|endorsed|ratified|backed|accepted|reached|concluded|adopted|settled)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DescribingAgreement();

    /// <summary>
    /// Whether a report says only that something was asked for ("is seeking a court order", "filed a motion for a
    /// rehearing"), not how the asking was answered ("the court denied Kroll's request for a rehearing"); a question
    /// whether they asked for it ("did the union seek an order?") is answered by the asking itself.
    /// </summary>
    private static bool OnlySought(string deed, string text) =>
        Sought().IsMatch(text) && !Sought().IsMatch(deed) && !SeekingVerb().IsMatch(deed) && !Decided().IsMatch(text);

    /// <summary>A verb of asking for something: the deed asked of in "did they seek/request/apply/sue ...?".</summary>
    [GeneratedRegex(@"^(?:seek|sought|request|apply|applied|ask|asked|petition|file|filed|sue|sued|bid)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeekingVerb();

    /// <summary>How an asking was answered: "granted", "denied", "won", "turned down", "threw out".</summary>
    [GeneratedRegex(@"\b(?:grant(?:s|ed)|den(?:y|ies|ied)|w[oi]n|wins|award(?:s|ed)|secured|obtained|upheld|dismiss(?:es|ed)|reject(?:s|ed)|refused|approved|turn(?:s|ed)\s+down|thr(?:ew|own)\s+out)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Decided();

    /// <summary>
    /// A report that something was asked for or tried for: "is seeking a court order", "filed a motion for a rehearing",
    /// "applied for a licence", "asked the court to block it".
    /// </summary>
    [GeneratedRegex(@"\b(?:seek(?:s|ing)?|sought|request(?:s|ed|ing)?|appl(?:y|ies|ied|ying)\s+for|petition(?:s|ed|ing)?|fil(?:e|es|ed|ing)\s+(?:a\s+|an\s+)?(?:\p{L}+\s+)?(?:motion|suit|lawsuit|request|petition|application|appeal|claim|complaint)|ask(?:s|ed|ing)?\s+(?:\p{L}+\s+){0,3}?(?:to|for))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Sought();

    /// <summary>A decision or a deed put off: "deferred a decision on", "will postpone the hearing", "shelved the plan".</summary>
    [GeneratedRegex(@"\b(?:defer(?:s|red|ring)?|postpon(?:e|es|ed|ing)|puts?\s+off|putting\s+off|shelv(?:e|es|ed|ing)|adjourn(?:s|ed|ing)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PutOff();

    /// <summary>"did", "has", "have", "had" asking: a question whether something was done, not how it stands ("is the pact signed in May in force?").</summary>
    [GeneratedRegex(@"^(?:[^?]*?[-–—:,]\s*)?(?:\w+\s+)?(?:did|has|have|had)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AskedDone();

    /// <summary>A verb of a view or a wish: "did analysts expect ...?", "did Kroll think ...?" ask what was held, not done.</summary>
    [GeneratedRegex(@"\b(?:expect|think|believe|reckon|predict|forecast|estimate|want|hope|fear|plan|intend)(?:s|ed)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex ViewAsked();

    /// <summary>"ended up", "finally", "eventually", "in the end": who did it in the end is asked, not who does it now.</summary>
    [GeneratedRegex(@"\b(?:end(?:ed|s)?\s+up|finally|eventually|ultimately|in\s+the\s+end)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InTheEnd();

    /// <summary>The bits of the question's groups for its deed, as <see cref="ScoredSentence.TextGroups"/> holds them; 0 with none.</summary>
    private static ulong DeedBits(AnalyzedQuestion question) => question.DeedGroup is >= 0 and < 64 and var g ? 1UL << g : 0;

    /// <summary>The sentences weighed for whether something was done: those nearly as good as the best that cover the question.</summary>
    private List<(ScoredSentence Sentence, string Text)> DeedEvidence(List<ScoredSentence> ranked) =>
        OutcomeEvidenceOf(ranked).Select(s => (Sentence: s, Text: s.Sentence.TextOf(s.Article))).ToList();

    /// <summary>
    /// "Unless it has reached a deal" does not say a deal was reached, nor does "wants to see it resolved" or "due to be
    /// signed".
    /// </summary>
    private static bool Said(string text, Match m) => !Conditional().IsMatch(text.AsSpan(0, m.Index)) && !Unrealised().IsMatch(text.AsSpan(0, m.Index));

    /// <summary>Said, and not as something not yet done: "had not yet been approved" does not report an approval.</summary>
    private static bool SaidDone(string text, Match m) => Said(text, m) && !NotYetDone().IsMatch(text.AsSpan(0, m.Index));

    /// <summary>The modal verbs, before a deed that is only possible, wanted or expected; "May" written as a month is none.</summary>
    private const string Modal = "will|would|shall|should|can|could|(?-i:may)|might|must";

    /// <summary>
    /// Just before a word of completion in the same clause, what makes it only wanted or expected: "to see (the dispute)",
    /// "to be", "would be". "Is reported to have signed" reports it signed.
    /// </summary>
    [GeneratedRegex(@"\b(?:to\s+(?:see|be)|(?:" + Modal + @")\s+(?:not\s+)?(?:be|have\s+been))(?:\s+(?!(?:and|but|or|after|when|who|which|that|before|while)\b)\p{L}+){0,3}\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex Unrealised();

    /// <summary>The stems of the question's word for the deed and of those that stand for it, as one pattern.</summary>
    private static string DeedStem(AnalyzedQuestion question)
    {
        if (question.Deed is null)
        {
            return "(?!)";
        }

        return "(?:" + string.Join('|', DeedWords(question).Select(DoubledEnd).Distinct()) + ")";
    }

    /// <summary>
    /// A word's stem as a pattern, its last consonant doubled or not where the word ends in one after a single short
    /// vowel: "drop" for "drops" and "dropped", "ban" for "banned", "admit" for "admitted"; not "file" ("filed", never
    /// "filled") nor "scrape".
    /// </summary>
    private static string DoubledEnd(string word)
    {
        string stem = DoneStem(word);
        string w = word.ToLowerInvariant();
        bool doubles = w == stem && w.Length >= 3 && "aeiou".Contains(w[^2]) && !"aeiou".Contains(w[^3]) && char.IsAsciiLetterLower(w[^1])
            && !"aeiouwxy".Contains(w[^1]);
        return doubles ? Regex.Escape(stem) + "(?:" + w[^1] + ")?" : Regex.Escape(stem);
    }

    /// <summary>The question's word for the deed and the single words that stand for it ("reply": "respond").</summary>
    private static IEnumerable<string> DeedWords(AnalyzedQuestion question)
    {
        if (question.Deed is not { } deed)
        {
            return [];
        }

        if (question.DeedGroup is not (>= 0 and var g))
        {
            return [deed];
        }

        // The verb of a phrasal deed means something else alone ("handed" a note is not "handed back"): only the
        // single words for the whole stand for it.
        var single = question.Groups[g].Terms.Select(t => t.Text).Where(t => !t.Contains(' ', StringComparison.Ordinal));
        return question.Groups[g].Key.Contains(' ', StringComparison.Ordinal) && !question.Groups[g].Key.Equals(deed, StringComparison.OrdinalIgnoreCase)
            && single.Any() ? single : single.Prepend(deed);
    }

    /// <summary>
    /// A past form of the deed ("resumed", "returned", "sent"), not one that leads on to something else ("agreed to"),
    /// nor a past form that is also the bare verb after "to" or a modal ("to set up", "would cut"): that is only aimed at.
    /// </summary>
    private static Regex DoneDeed(AnalyzedQuestion question, string stem)
    {
        var irregular = DeedWords(question).SelectMany(Text.IrregularVerbs.PastFormsOf).Select(Regex.Escape).Distinct().ToList();
        string forms = stem + "(?:ed|d|en)" + (irregular.Count == 0 ? "" : "|" + string.Join('|', irregular));
        // "To be passed" and "should be passed" are not "was passed".
        return new Regex(@"(?<!\b(?:to|be|" + Modal + @")\s+)\b(?:" + forms + @")\b(?!\s+to\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>"Not yet", "yet to": a word that says something is still to come.</summary>
    [GeneratedRegex(@"\b(?:not|never)\s+(?:\p{L}+\s+)?yet\b|\byet\s+to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YetWord();

    /// <summary>
    /// Right before a past form, what says it was not done: "had not yet been approved", "has never been", "wasn't".
    /// </summary>
    [GeneratedRegex(@"(?:\b(?:not|never)|n['’]t)\s+(?:yet\s+)?(?:(?:be|been|being|have|has|had)\s+)*(?:(?!only\b)\p{L}+ly\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotYetDone();

    /// <summary>What a report says of how something stands: not done yet, still to do, or under way.</summary>
    [GeneratedRegex(@"\b(?:not\s+(?:yet|so\s+far)|yet\s+to|still\s+(?:not|no|under|being|to)|has\s+not|have\s+not|had\s+not|hasn['’]t|haven['’]t|(?:is|are|was|were)\s+(?:still\s+)?being\s+\p{L}+ed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Standing();

    /// <summary>"What day of the week ...?", "which weekday ...?": a weekday answers, whether or not it can be placed.</summary>
    [GeneratedRegex(@"\bday\s+of\s+the\s+week\b|\bweekday\b", RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayQuestion();

    /// <summary>What was to happen and will not, or not now: "called off", "cancelled", "averted", "postponed".</summary>
    [GeneratedRegex(@"\b(?:called\s+off|cancell?ed|averted|postponed|put\s+off|shelved|scrapped|abandoned)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CalledOff();

    /// <summary>A decision to do something: "decided to", "voted to", "agreed to", "resolved to".</summary>
    [GeneratedRegex(@"\b(?:decid|vot|agre|resolv)(?:e|es|ed|ing)?\s+to\b", RegexOptions.IgnoreCase)]
    private static partial Regex DecidedTo();

    /// <summary>
    /// Whether a deed of agreeing or signing is told in other words: a word of agreement beside the agreement it names
    /// ("concluded a catering accord in June" dates "when did they sign the accord?"; "reached Lund on June 2" does not).
    /// </summary>
    private static bool DatesAnAgreement(string deed, string text) =>
        (AgreeingDeed().IsMatch(deed) || Signing().IsMatch(deed)) && Agreement().IsMatch(text) && Agreed().IsMatch(text);

    /// <summary>"sign", "signs", "signed", "signing": not "signal" nor "signature".</summary>
    [GeneratedRegex(@"^sign(?:s|ed|ing)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Signing();

    /// <summary>A deed of agreeing or deciding, which a report tells in any word of agreement.</summary>
    [GeneratedRegex(@"^(?:agree|decide|decid|settle|settl|resolve|resolv|conclude|conclud)", RegexOptions.IgnoreCase)]
    private static partial Regex AgreeingDeed();

    /// <summary>
    /// Whether the text reports the deed done: a word for it (as <see cref="ReportsDeed"/> finds one) not after "not",
    /// "to" or a modal ("will not concede a pay rise" does not report a concession).
    /// </summary>
    private static bool ReportsDeedDone(AnalyzedQuestion question, string deed, string text) =>
        DeedForms(question, deed).Where(w => w.Length >= 2).Select(AnswerFacts.StemOf).Distinct(StringComparer.OrdinalIgnoreCase)
            .Any(w => Regex.Matches(text, @"\b" + Regex.Escape(w), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)
                .Any(m => !NotDone().IsMatch(text.AsSpan(0, m.Index))));

    /// <summary>Right before a verb: a negation, "to", a modal or a bare "be", which leave it undone ("will not", "hopes to", "won't", "be passed").</summary>
    [GeneratedRegex(@"(?:\b(?:not|never|to|be|will|would|could|may|might|should|can|cannot|must)|n['’]t)\s+(?:\p{L}+ly\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NotDone();

    /// <summary>What was agreed or decided, named: "the agreements", "these commitments", "the accord", "a ruling".</summary>
    [GeneratedRegex(@"\b(?:agreements?|accords?|deals?|pacts?|understandings?|commitments?|treat(?:y|ies)|settlements?|decisions?|verdicts?|rulings?|approval|ratification)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Agreed();

    /// <summary>Words that report an agreement reached: "agreed", "signed", "settled", not "rejected".</summary>
    [GeneratedRegex(@"\b(?:agreed|approved|accepted|signed|concluded|ratified|settled|resolved|reached|adopted|endorsed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Agreement();

    /// <summary>A word as its past form is built on: "resumed", "resuming" and "resume" give "resum", "return" stays.</summary>
    private static string DoneStem(string word)
    {
        string w = word.ToLowerInvariant();
        return w.EndsWith("ed", StringComparison.Ordinal) ? w[..^2]
            : w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5 ? w[..^3]
            : w.EndsWith('e') ? w[..^1] : w;
    }

    private static bool Aims(string text) =>
        Events.EventExtractor.StatusOf(text) == Events.EventStatus.Planned || AimCue().IsMatch(text) || Attempt().IsMatch(text) || AgreementToDo().IsMatch(text);

    /// <summary>
    /// An agreement to do something that leaves it still to be done: "signed a definitive agreement to sell the yard",
    /// "a letter of intent to buy", "an accord in principle to merge"; not "reached a deal to end the strike".
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:definitive|tentative|preliminary)\s+(?:[\p{L}-]+\s+)?(?:agreements?|deals?|accords?|understandings?)|letters?\s+of\s+intent|memorand(?:um|a)\s+of\s+understanding|(?:agreements?|deals?|accords?|understandings?)\s+in\s+principle)\s+to\s+(?!(?:the|a|an|and|or|its|their|his|her|this|that|these|those|be|date)\b)\p{L}+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgreementToDo();

    /// <summary>What a report says something is for, is wanted, discussed or hoped for, rather than done.</summary>
    [GeneratedRegex(@"\b(?:importance of|invit(?:es|ed|ing|ation|ations)?|aim(?:s|ed|ing)?\s+(?:at|to)|(?:designed|meant|supposed)\s+to|seek(?:s|ing)?\s+to|sought\s+to|hope[sd]?|call(?:s|ed)?\s+for|urg(?:e|es|ed|ing)|discuss(?:es|ed|ing)?|discussions?\s+(?:on|about|of)|roadmap|propos(?:al|als|ed|es)|initiative|tr(?:y|ies|ied|ying)\s+to|want(?:s|ed)?\s+to|read(?:y|iness)\s+to|willing(?:ness)?\s+to|threat(?:en|ens|ened|ening)?\s+to|prepar(?:e|es|ed|ing)\s+(?:to|for)|agreed\s+to|(?<!long-)await(?:s|ed|ing)?|intend(?:s|ed|ing)?\s+to|intentions?\s+to|consider(?:s|ing)?|could|might|may|would|should)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AimCue();

    /// <summary>
    /// Terms still being worked out: "arrived to negotiate a credit", "negotiating a new loan", "negotiations on the loan",
    /// "held discussions with the provinces on".
    /// </summary>
    [GeneratedRegex(@"\b(?:to\s+negotiate|negotiat(?:es|ing)|negotiations?\s+(?:on|over|for|about)|discussions?\s+(?:[^\s,;.]+\s+){0,6}?(?:on|over|about)|to\s+discuss|discussing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negotiating();

    /// <summary>An outcome tried for, wanted or hoped for, not reached: "were trying to reach a settlement", "wanted a loan deal", "had hoped a verdict would".</summary>
    [GeneratedRegex(@"\b(?:tr(?:y|ies|ied|ying)|seek(?:s|ing)?|sought|aim(?:s|ed|ing)?|hop(?:e|es|ed|ing)|want(?:s|ed|ing)?|push(?:es|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for)\s+(?:to|for|an?|that)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Attempt();

    /// <summary>A condition just before a word ("unless it has", "if they"): what follows is not said to have happened.</summary>
    [GeneratedRegex(@"\b(?:unless|if|until|once|whether)\s+(?:\S+\s+){0,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex Conditional();

    /// <summary>An aim, readiness or intention followed by what it is to do: "a willingness to lift", "ready to resume".</summary>
    [GeneratedRegex(@"\b(?:willing(?:ness)?|read(?:y|iness)|prepared|threat(?:en|ens|ened|ening)?|intend(?:s|ed)?|intention|plan(?:s|ned|ning)?|want(?:s|ed)?|seek(?:s|ing)?|sought|aim(?:s|ed|ing)?|tr(?:y|ies|ied|ying)|hop(?:e|es|ed|ing)|expect(?:s|ed)?|pledg(?:e|es|ed)|promis(?:e|es|ed)|vow(?:s|ed)?|commit(?:s|ted|ment|ments))\s+to\s+(?!be\b)[a-z]+", RegexOptions.IgnoreCase)]
    private static partial Regex AimedAt();

    /// <summary>
    /// After a word of completion, what it leads on to, still to be done: "agreed to revive", "reached an understanding to
    /// initiate", "signed a pact to cut". "Returned the offices to their owners" and "resumed flights to and from
    /// Moscow" lead on to nothing.
    /// </summary>
    [GeneratedRegex(@"^\s+(?:to\b|(?:(?:an?|the|their|its|his|her)\s+)?(?:[\p{L}'’-]+\s+)?(?:understanding|agreement|deal|pact|accord|plan|decision|consensus|compromise)\s+to\s+(?!(?:the|a|an|and|or|its|their|his|her|this|that|these|those|what|which|whom|whoever)\b)[a-z]+\b)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadsOn();

    /// <summary>Words that report something done; followed by "to", the agreeing is done but not what it leads to ("agreed to revive").</summary>
    [GeneratedRegex(@"\b(?:agreed|decided|approved|accepted|rejected|signed|concluded|ratified|settled|resolved|reached|adopted|completed|restored|resumed|returned|lifted|reopened|implemented)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Completed();

    /// <summary>
    /// The first day a sentence sets for what it expects, when it dates it after its report ("will meet on March 11");
    /// with <paramref name="oneDay"/>, only a single day counts (an appointment, not "a July-December ceiling").
    /// </summary>
    private static DateOnly? SetDay(ScoredSentence s, bool oneDay = false)
    {
        if (s.Article.Published.Value is not { } published)
        {
            return null;
        }

        string text = s.Sentence.TextOf(s.Article);
        return AnswerFacts.EventDates(s.Sentence, text, asksStatement: false)
            .Select(t => TimexDescriber.TryGetRange(t.Value, out DateOnly first, out DateOnly last) && (!oneDay || first == last) ? first : (DateOnly?)null)
            .Where(d => d > published)
            .Min();
    }

    /// <summary>Sentences weighed for whether an asked outcome came about: those nearly as good as the best.</summary>
    private const int OutcomeEvidence = 5;

    private const double OutcomeEvidenceShare = 0.5;

    /// <summary>
    /// "What was discussed about visas?": when the best sentence does not name the subject asked about, the best one
    /// nearly as good that does leads instead.
    /// </summary>
    private ScoredSentence? FocusedLead(AnalyzedQuestion question, List<ScoredSentence> ranked, ScoredSentence best)
    {
        ulong focus = question.Focus.Where(g => g < 64).Aggregate(0UL, (bits, g) => bits | (1UL << g));
        if (focus == 0 || (best.TextGroups & focus) == focus)
        {
            return null;
        }

        return ranked
            .TakeWhile(s => s.Score >= FocusScoreShare * best.Score)
            .FirstOrDefault(s => (s.TextGroups & focus) == focus && s.Coverage >= options.MinCoverage && !s.MissesName && s.OnAskedEvent != false
                && (!s.MissesRarest || best.MissesRarest));
    }

    /// <summary>A sentence giving a reason may lead a "why" answer when it scores at least this share of the best.</summary>
    private const double ReasonScoreShare = 0.85;

    /// <summary>A sentence naming the subject asked about may lead when it scores at least this share of the best.</summary>
    private const double FocusScoreShare = 0.5;

    /// <summary>
    /// "Who manages the buffer stock?" asks for whoever holds a role. The best stories are read for that role next to
    /// a name ("the manager, Juergen Plambeck,", "buffer stock manager Juergen Plambeck", "Plambeck, the manager"),
    /// since the sentence that names the person often shares little else with the question.
    /// </summary>
    private (string Name, string Role, ScoredSentence Sentence)? RoleHolder(AnalyzedQuestion question, List<ScoredSentence> ranked)
    {
        if (question.AskedRole is not { } role)
        {
            return null;
        }

        Regex named = HolderPattern(role);
        foreach (ScoredSentence lead in ranked.Where(s => s.Coverage >= options.MinCoverage && !s.MissesName).DistinctBy(s => s.Article.Id).Take(RoleArticles))
        {
            Article article = lead.Article;
            foreach (Sentence sentence in article.Sentences)
            {
                string text = sentence.TextOf(article);
                foreach (Match m in named.Matches(text))
                {
                    if (HolderIn(m, question) is { } person && !OfAnotherBody(question, text, m))
                    {
                        return (person, "the " + role, new ScoredSentence(article, sentence, lead.Score, lead.Coverage, 0, 0));
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "Who is Vietnam's foreign minister?": the person the best sentences that give the title name beside it ("Foreign
    /// Minister Nguyen Co Thach", "Thach, the foreign minister"), rather than every name in the sentence.
    /// </summary>
    private static (string Name, string Role, ScoredSentence Sentence)? TitleHolder(AnalyzedQuestion question, List<ScoredSentence> ranked)
    {
        if (question.AskedTitle is not { } title)
        {
            return null;
        }

        Regex named = HolderPattern("(?:" + Text.RoleTitles.Alternation(title) + ")");
        foreach (ScoredSentence lead in ranked.Take(RoleArticles).Where(s => !s.MissesName && HoldsFact(question, s)))
        {
            string text = lead.Sentence.TextOf(lead.Article);
            foreach (Match m in named.Matches(text))
            {
                // Another side's holder of the title ("Norway's ambassador" for "the US ambassador") is not the one asked for.
                if (HolderIn(m, question) is { } person && (question.Side is not { } side || PartyOf(text, person) is not { } party || party == side))
                {
                    return (person, "the " + title, lead);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A role or title next to a name: "the manager, Juergen Plambeck,", "manager Juergen Plambeck", "Plambeck, the
    /// manager", not "Putin, who asked him and the manager". The role is matched in any case, the name only capitalised.
    /// </summary>
    private static Regex HolderPattern(string role) => RolePatterns.GetOrAdd(role, r => new Regex(
        $@"\b(?i:{r}s?),\s+(?<name>[A-Z][\p{{L}}'’-]+(?:\s+[A-Z][\p{{L}}'’-]+){{1,3}}),|\b(?i:{r})\s+(?<name>[A-Z][\p{{L}}'’-]+(?:\s+[A-Z][\p{{L}}'’-]+){{1,3}})|(?<name>[A-Z][\p{{L}}'’-]+(?:\s+[A-Z][\p{{L}}'’-]+){{1,3}}),\s+(?i:the\s+)?(?:(?!(?i:who|whom|which|that|and|or|but)\b)[\w-]+\s+){{0,4}}(?i:{r})\b"));

    /// <summary>
    /// Whether the role just matched is one held in a body the question does not name: "Jorge Cardenas, manager of
    /// Colombia's coffee growers' federation" does not run the body asked about unless the question names that
    /// federation in some word.
    /// </summary>
    /// <remarks>Only a role written after the name is read so: in "manager Jon Kroll of Vesterland" what follows is the person's.</remarks>
    private static bool OfAnotherBody(AnalyzedQuestion question, string text, Match m) =>
        m.Groups["name"].Index == m.Index
        && RoleOf().Match(text, m.Index + m.Length) is { Success: true } of
        && !question.Groups.Where(g => !IsPlaceGroup(question, g))
            .Any(g => g.Terms.Any(t => Text.WholeWords.Contain(of.Groups["body"].Value, t.Text)));

    /// <summary>Whether a group of the question stands for a place it names: that word alone does not say which body is meant.</summary>
    private static bool IsPlaceGroup(AnalyzedQuestion question, TermGroup group) =>
        question.Places.Any(place => group.Key.Equals(place, StringComparison.OrdinalIgnoreCase) || group.Terms.Any(t => t.Text.Equals(place, StringComparison.OrdinalIgnoreCase)));

    /// <summary>What a role is of, right after it, up to the end of the phrase: " of Colombia's coffee growers' federation".</summary>
    [GeneratedRegex(@"\G\s+of\s+(?<body>[^,;()]+?)(?=[,;()]|\.(?:\s|$)|$)")]
    private static partial Regex RoleOf();

    /// <summary>The person a holder pattern's match names, unless the question already names them.</summary>
    private static string? HolderIn(Match m, AnalyzedQuestion question)
    {
        string candidate = m.Groups["name"].Value;
        return char.IsUpper(candidate[0]) && AnswerFacts.Persons(candidate).FirstOrDefault() is { } person
            && !AnswerFacts.QuestionNames(question.Text, person)
            ? person
            : null;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> RolePatterns = new(StringComparer.Ordinal);

    /// <summary>How many of the best-ranked stories are read for a role and its holder.</summary>
    private const int RoleArticles = 10;

    /// <summary>
    /// Whether the sentence states the fact the question asks for; in a wire story "here" is its dateline's place. A
    /// sentence that puts what it reports somewhere other than the place the question names ("met in Saudi Arabia" for
    /// "the Riyadh meeting") is about something else. "Did they agree a date ...?" needs a date or a word on one.
    /// </summary>
    private static bool HoldsFact(AnalyzedQuestion question, ScoredSentence s)
    {
        string text = s.Sentence.TextOf(s.Article);
        if (ElsewhereThanAsked(question, text) || OfAnotherInstance(question, text))
        {
            return false;
        }

        // Where, when or with whom the next event is to be held is not said by a report of one that is over ("ended
        // talks here").
        if (question.AsksNext && SentenceFeatures.StatusOf(s.Article, s.Sentence) == Events.EventStatus.Held)
        {
            return false;
        }

        if (question.Quoted.Any(words => !Quotes(text, words)))
        {
            // "Who called it 'constructive'?" is answered where the word was used, not by another sentence of the story.
            return false;
        }

        if (question.WhoDeed is { } deed && !ReportsDeed(question, deed, text))
        {
            // "Who replaced the governor?" is not answered by the report that he resigned.
            return false;
        }

        if (question.WhenDeed is { } dated && !ReportsDeedDone(question, dated, text) && !DatesAnAgreement(dated, text))
        {
            // "When did the board approve the bid?" is not answered by the date it met to weigh it, nor by the day it
            // is due to approve it.
            return false;
        }

        if (question.Valued is { } valued && !AnswerFacts.NamesThing(text, valued))
        {
            // "How much is the new credit line worth?" is not answered by the sum of another loan in the same story: the
            // thing valued is named in the question's own word, as a word near in meaning may be another thing, and not
            // within a name ("a stake in the Lund Pension Fund").
            return false;
        }

        if (question.CountedDeed is { } undergone && !ReportsDeed(question, undergone, text))
        {
            // "How many were killed?" is not answered by the count of the injured.
            return false;
        }

        if (question.Type == QuestionType.HowMany && question.StressesDone && question.Deed is { } stressed && !ReportsDeedDone(question, stressed, text))
        {
            // "How many tonnes did the delegation end up selling?" is not answered by how many it plans to sell.
            return false;
        }

        if (question.WhatDeed is { } done && !ReportsDeedDone(question, done, text) && !(AgreeingDeed().IsMatch(done) && Agreement().IsMatch(text)))
        {
            // "What did the board grant?" is not answered by a report that the board met, nor by one that it will not
            // grant anything. What was agreed, settled or decided is reported in any word of agreement ("the agreement
            // reached ...").
            return false;
        }

        if (question.Type == QuestionType.Who && (question.AskedTitle is not null || (question.Side is not null && AnswerFacts.PersonMentions(text, s.Article.OriginalText).Any()))
            && NamedPeople(question, text, s.Article.OriginalText).Count == 0)
        {
            // The title is there, but given to nobody, or only to someone of another side; or the people named are all
            // of other sides than the one asked about.
            return false;
        }

        // "How much compensation ...?" is not answered by a figure from a report that speaks of none: the damage it
        // puts a figure on is something else. A report may name it once and give the figure in other words.
        if (question.Counted.Count > 0 && !question.Counted.Any(counted =>
            AnswerFacts.Names(question, counted, s.Article.Title) || AnswerFacts.Names(question, counted, s.Article.OriginalText))
            && (question.AsksAmount || !CountsAsked(question, text)))
        {
            return false;
        }

        if (question.AsksStart)
        {
            // "Since when ...?" is answered by a time before the report, not by the day it was written.
            return AskedDates(question, s, text).Any();
        }

        if (question.AsksAhead && s.Article.Published.Value is { } written && !AnswerFacts.WithinTimes(s.Sentence, text).Any()
            && !DatesFrom(question, s, text, written))
        {
            // "How soon could it be signed?" is not answered by a day already past when the report was written.
            return false;
        }

        if (question.AsksClockTime)
        {
            // "What time did it start?" is not answered by "on Thursday".
            return AnswerFacts.EventDates(s.Sentence, text, question.NamesReporting).Any(t => TimexDescriber.PrecisionOf(t.Value) is TimexPrecision.Time);
        }

        if (question.AsksDay)
        {
            // "What day exactly ...?" is not answered by "later this month", nor by a weekday an undated report cannot
            // place, unless the day of the week is what is asked.
            bool weekday = WeekdayQuestion().IsMatch(question.Text);
            return AnswerFacts.EventDates(s.Sentence, text, question.NamesReporting)
                .Any(t => TimexDescriber.PrecisionOf(t.Value) is TimexPrecision.Day or TimexPrecision.Time && (weekday || !t.Value.Contains('X', StringComparison.Ordinal)));
        }

        if (question.Type == QuestionType.YesNo)
        {
            // "Did he say anything about tariffs?" is settled only by a sentence that names them.
            if (question.AsksMention && question.Focus.Where(g => g < 64).Any(g => (s.TextGroups & (1UL << g)) == 0))
            {
                return false;
            }

            // "Did the minister say ...?" is settled only by what the minister is reported to have said.
            if (question.Speaker is { } speaker && !AnswerFacts.Speaks(speaker, text, Previous(s)))
            {
                return false;
            }

            // "Did the union accept the offer?" is settled by a report of how it was answered, accepted or not.
            if (question.AsksResponse && !AnswerFacts.ReportsAnswer(text))
            {
                return false;
            }

            // "Did the assembly pass the bill?" is settled by a report of the decision, or of how it stands or fell short,
            // not by one that the bill went to it; the thing decided on, named as the question names it ("the treaty"),
            // is no word of the decision. "Decided to ..." answers a question whether they decided to do something.
            if (question.AsksDecision && !DoneDeed(question, DeedStem(question)).IsMatch(text) && !Agreement().IsMatch(text) && !(question.AsksDecidedTo && DecidedTo().IsMatch(text))
                && !Agreed().Matches(text).Any(m => !question.Text.Contains(m.Value, StringComparison.OrdinalIgnoreCase))
                && !AnswerFacts.ReportsAnswer(text) && !FellShort().IsMatch(text) && !Standing().IsMatch(text) && !CalledOff().IsMatch(text))
            {
                return false;
            }

            // A date set for something is one still ahead when the report was written.
            return !question.AsksForDate || QuestionAnalyzer.DateWord.IsMatch(text) || (s.Article.Published.Value is { } published
                && DatesFrom(question, s, text, published));
        }

        return AnswerFacts.Holds(question, s.Sentence, text, s.Article.OriginalText, Previous(s))
            || (question.Type == QuestionType.Where && HereAtDateline(question, s.Article, s.Sentence, text) is not null);
    }

    /// <summary>Whether the sentence dates something on or after the day given (its report's): a time still ahead then.</summary>
    private static bool DatesFrom(AnalyzedQuestion question, ScoredSentence s, string text, DateOnly day) =>
        AnswerFacts.EventDates(s.Sentence, text, question.NamesReporting).Any(t => TimexDescriber.TryGetRange(t.Value, out _, out DateOnly last) && last >= day);

    /// <summary>
    /// Whether the text reports the deed: a word beginning with its stem ("replac" for "replaced"), a form of the
    /// irregular verb ("win", "won"), or a word the question's term for it stands for.
    /// </summary>
    private static bool ReportsDeed(AnalyzedQuestion question, string deed, string text)
    {
        var words = DeedForms(question, deed);
        if (deed.Split(' ') is [var verb, _, ..])
        {
            // "ask for" is reported with its object between: "asked him for".
            words.AddRange(VerbForms(verb));
        }

        return words.Where(w => w.Length >= 2).Any(w => BeginsStem(text, w));
    }

    /// <summary>The words that report a deed: the verb's forms, and the words the question's term for it stands for.</summary>
    private static List<string> DeedForms(AnalyzedQuestion question, string deed) =>
        [.. VerbForms(deed), .. question.Groups.FirstOrDefault(g => g.Key.Equals(deed, StringComparison.OrdinalIgnoreCase))?.Terms.Select(t => t.Text) ?? []];

    /// <summary>A verb's stem and, for an irregular verb, its base and past forms: "send", "sending" and "sent" stand for each other.</summary>
    private static IEnumerable<string> VerbForms(string verb) =>
        [DoneStem(verb), .. Text.IrregularVerbs.BaseOf(verb) is { } lemma ? [lemma] : Array.Empty<string>(),
            .. Text.IrregularVerbs.PastFormsOf(verb), .. Text.IrregularVerbs.PastFormsOf(DoneStem(verb))];

    /// <summary>Whether the text holds the quoted words, in any case and with any spacing between them.</summary>
    private static bool Quotes(string text, string words) =>
        Regex.IsMatch(text, @"(?<![\p{L}\d])" + string.Join(@"\s+", words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)) + @"(?![\p{L}\d])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether the sentence tells of another instance of what the question asks about: "a similar delegation last year
    /// sold 300,000 tonnes" is not what this year's delegation sold, nor is "the previous agreement" the one asked of,
    /// unless the question itself asks of the other one, or names a period, an ordinal or the next one, which tell
    /// which one it asks of ("the spring round" may be "an earlier round ... last spring").
    /// </summary>
    private static bool OfAnotherInstance(AnalyzedQuestion question, string text) =>
        question.Period is null && question.Ordinal is null && !question.AsksNext
        && OtherInstance().Matches(text).Any(m => !NotDoneWord().IsMatch(m.Groups["w1"].Value) && !Text.WholeWords.Contain(question.Text, m.Groups["mod"].Value)
            && Enumerable.Range(0, question.Groups.Count).Where(g => !question.Names.Contains(g)).Select(g => question.Groups[g])
                .Any(g => g.Terms.Any(t => t.Text.Length > 3 && !t.Text.Contains(' ', StringComparison.Ordinal)
                    && (BeginsStem(m.Groups["w1"].Value, t.Text) || (m.Groups["w2"].Success && BeginsStem(m.Groups["w2"].Value, t.Text))))));

    /// <summary>"a similar delegation", "the previous trade pact", "another round": words that set what follows apart from the one spoken of.</summary>
    [GeneratedRegex(@"\b(?<mod>similar|previous|earlier|prior|another)\s+(?<w1>[\p{L}-]+)(?:\s+(?<w2>[\p{L}-]+))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherInstance();

    /// <summary>A verb's form after an adverb ("earlier signed", "another meeting" is none): no instance of a thing.</summary>
    [GeneratedRegex(@"(?:ed|ing)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotDoneWord();

    /// <summary>
    /// For "when ...?" and "how long ...?": whether the sentence puts what it reports in a place, none of them within
    /// the places the question puts it in. A question that puts it nowhere (naming countries only as parties) is not
    /// answered elsewhere.
    /// </summary>
    private static bool ElsewhereThanAsked(AnalyzedQuestion question, string text)
    {
        var asked = question.Located;
        if (asked.Count == 0 || question.Type is not (QuestionType.When or QuestionType.HowLong))
        {
            return false;
        }

        var named = Events.Places.Default.Find(text).ToList();
        return !named.Any(p => asked.Any(region => Text.CountryPlaces.IsWithin(p.Name, region))) && named.Any(p => InOrAt().IsMatch(text.AsSpan(0, p.Start)));
    }

    [GeneratedRegex(@"\b(?:in|at)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex InOrAt();

    /// <summary>
    /// The dateline a sentence's "here" stands for, unless a time right after it says it was another time than the
    /// question asks about ("an earlier round here last September" for a question about January).
    /// </summary>
    private static string? HereAtDateline(AnalyzedQuestion question, Article article, Sentence sentence, string text) =>
        Here().Match(text) is { Success: true } here && Dateline.PlaceOf(article) is { } place && !question.Text.Contains(place, StringComparison.OrdinalIgnoreCase)
        && !(question.Period is { } period && sentence.Times.Any(t => t.Start >= here.Index + here.Length && t.Start <= here.Index + here.Length + 1
            && TimexDescriber.TryGetRange(t.Value, out DateOnly first, out DateOnly last) && period.Excludes(first, last)))
            ? place : null;

    [GeneratedRegex(@"\bhere\b", RegexOptions.IgnoreCase)]
    private static partial Regex Here();

    /// <summary>
    /// Where the best sentence puts what was asked about, made more specific by one of the next sentences of its
    /// article when that one places it inside the same place ("in West Germany", then "a meeting in Frankfurt, West
    /// Germany"; "in Istanbul", then "at the Russian consulate in Istanbul"). In a wire story "here" is its dateline.
    /// </summary>
    private static (string Place, ScoredSentence? Detail)? Locate(AnalyzedQuestion question, ScoredSentence best)
    {
        Article article = best.Article;
        string text = best.Sentence.TextOf(article);
        if (question.PlaceKind is not null)
        {
            // The country or state asked for, however the sentence names it, is the answer as it stands.
            return AnswerFacts.PlacesAsked(question, text).FirstOrDefault() is { } asked ? (asked, null) : null;
        }

        string? place = AnswerFacts.Locations(text, question.Text).FirstOrDefault();
        if (place is null)
        {
            return HereAtDateline(question, article, best.Sentence, text) is { } dateline
                ? ($"{dateline} (the place the report was filed from, which it calls \"here\")", null)
                : null;
        }

        for (int i = best.Sentence.Index + 1; i <= best.Sentence.Index + RefinementWindow && i < article.Sentences.Count; i++)
        {
            Sentence next = article.Sentences[i];
            if (AnswerFacts.Locations(next.TextOf(article), question.Text)
                .FirstOrDefault(p => p.Length > place.Length && p.Contains(place, StringComparison.OrdinalIgnoreCase)) is { } finer)
            {
                return (finer, new ScoredSentence(article, next, 0, 0, 0, 0));
            }
        }

        return (place, null);
    }

    /// <summary>How many sentences after the answer a more specific place is looked for.</summary>
    private const int RefinementWindow = 3;

    /// <summary>
    /// The question searched for and its candidate sentences ranked. Words no article holds are looked for as the index
    /// spells the words closest to them ("thrid" -> "third"); that reading is kept when its best sentence covers more of
    /// the question. Respelling changes the words searched for, not what the question means: the search by meaning is
    /// not repeated. Both searches by words run while the question is still being searched by meaning.
    /// </summary>
    private async Task<(AnalyzedQuestion Analyzed, PassageSearchResult Result, SemanticMatch? Match, List<ScoredSentence> Ranked)> SearchAndRankAsync(
        AnalyzedQuestion analyzed, DateOnly? asOf, Task<SemanticMatch?>? nearest)
    {
        (analyzed, var words) = SearchWordsMended(analyzed, asOf);
        AnalyzedQuestion? respelled = Respelled(analyzed, words.Found);
        var respelledWords = respelled is null ? default : SearchWords(respelled);
        var (result, match, loaded) = await WithNearestAsync(analyzed, words, nearest).ConfigureAwait(false);
        (analyzed, var ranked) = RankNamed(analyzed, result, match, loaded);
        if (respelled is not null)
        {
            var (again, againMatch, againLoaded) = await WithNearestAsync(respelled, respelledWords, nearest).ConfigureAwait(false);
            (respelled, var reranked) = RankNamed(respelled, again, againMatch, againLoaded);
            if (reranked.Count > 0 && reranked[0].Coverage >= options.MinCoverage && (ranked.Count == 0 || reranked[0].Coverage > ranked[0].Coverage))
            {
                return (respelled, again, againMatch, reranked);
            }
        }

        return (analyzed, result, match, ranked);
    }

    /// <summary>
    /// The candidates ranked. Where the reports show that a word the question types in lower case is a name ("did the
    /// house pass it?" asks of the House, not of the Senate; "the osprey" is a ship), a report that never mentions it is
    /// marked as about something else; the scores stay as they were.
    /// </summary>
    private (AnalyzedQuestion Analyzed, List<ScoredSentence> Ranked) RankNamed(
        AnalyzedQuestion analyzed, PassageSearchResult result, SemanticMatch? match, IReadOnlyDictionary<string, Article> loaded)
    {
        var ranked = Rank(analyzed, result, match, loaded);
        var cased = NamedByCase(analyzed, RankedTexts(ranked));
        if (cased.Count == 0)
        {
            return (analyzed, ranked);
        }

        var named = analyzed with { NamesByCase = cased.ToHashSet() };
        var absent = new Dictionary<string, bool>(StringComparer.Ordinal);
        var marked = ranked.Select(s => s.MissesName || !(absent.TryGetValue(s.Article.Id, out bool lacks) ? lacks : absent[s.Article.Id] = CasedNameAbsent(named, s.Article))
                ? s : s with { MissesName = true })
            .ToList();
        marked.Sort((a, b) => b.Score.CompareTo(a.Score));
        WholeReportFirst(marked);
        return (named, marked);
    }

    /// <summary>Whether a letter or a digit comes before the position: a word there is not the sentence's first.</summary>
    private static bool WordBefore(string text, int position)
    {
        for (int i = 0; i < position; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many times, within a sentence, the candidates must write a word with a capital to make it a name.</summary>
    private const int NameByCaseUses = 2;

    /// <summary>The fewest letters of a word read as a name by its capital: a shorter one is as often a code or a ticker.</summary>
    private const int NameByCaseLetters = 3;

    /// <summary>
    /// The question's one-word concepts that are not yet names but that the candidate sentences write, wherever they
    /// hold them, with a capital, and within a sentence and not in capitals only at least <see cref="NameByCaseUses"/>
    /// times. A word with other words for it is a common word, one written in capitals only ("EPA") may be written
    /// out, and one the question offers as a choice or as whose a thing is need not be held. A month, a weekday, a
    /// region, a place, a country's other name ("soviet") or a party ("the kremlin") is no name the reports must hold
    /// as typed.
    /// </summary>
    private static List<int> NamedByCase(AnalyzedQuestion question, List<string> texts)
    {
        var found = new List<int>();
        for (int g = 0; g < question.Groups.Count && g < 64; g++)
        {
            string word = question.Groups[g].Key;
            if (question.Names.Contains(g) || question.Groups[g].Terms.Count > 1 || word.Length < NameByCaseLetters || !word.All(char.IsLetter)
                || Text.Lexicon.QuestionStopWords.Contains(word)
                || Text.MonthNames.Parse(word) is not null || Enum.TryParse<DayOfWeek>(word, true, out _))
            {
                continue;
            }

            // "berg, varga or kroll?" offers answers, which a report need not all hold; "kroll's offer" may be told as
            // Norland's.
            if (Regex.IsMatch(question.Text, @"(?<![\p{L}\d])" + Regex.Escape(word) + @"(?:\s+or\b|\s*,(?=[^?]*\bor\b)|['’]s?(?![\p{L}\d]))|\bor\s+(?:(?:the|a|an)\s+)?" + Regex.Escape(word) + @"(?![\p{L}\d])",
                    RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
            {
                continue;
            }

            string written = char.ToUpperInvariant(word[0]) + word[1..];
            if (Text.Regions.Is(written) || Events.Places.Default.Find(written).Any() || Events.Parties.Default.In(written).Count > 0
                || Events.PlaceKinds.IsOtherCountryName(written))
            {
                // "the kremlin" is Moscow and "soviet" the Soviet Union in the reports: a place or a party has other names.
                continue;
            }

            var pattern = WholeWord(word);
            int within = 0;
            bool lower = false;
            foreach (string text in texts)
            {
                foreach (Match m in pattern.Matches(text))
                {
                    if (!char.IsUpper(text[m.Index]))
                    {
                        lower = true;
                        break;
                    }

                    // "EPA" is as often written out ("Environmental Protection Agency"): a word written only in capitals
                    // is a shorthand, no name to hold.
                    within += !m.Value.All(char.IsUpper) && WordBefore(text, m.Index) ? 1 : 0;
                }

                if (lower)
                {
                    break;
                }
            }

            if (!lower && within >= NameByCaseUses)
            {
                found.Add(g);
            }
        }

        return found;
    }

    /// <summary>How the question was read and how its candidate sentences ranked, best first, with each feature.</summary>
    public async Task<RankingExplanation> ExplainAsync(string question, int top = 10, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var (analyzed, _, match, ranked) = await SearchAndRankAsync(Analyze(question, asOf), asOf, SearchByMeaning(question.Trim(), asOf, cancellationToken)).ConfigureAwait(false);
        var rows = ranked.Take(top)
            .Select(s => new RankedPassage(s.Article.Id, s.Sentence.Index, s.Score, s.Coverage, s.Bm25, s.TypeFit, s.MissesName,
                AnswerFacts.Holds(analyzed, s.Sentence, s.Sentence.TextOf(s.Article), s.Article.OriginalText, Previous(s)), s.Sentence.TextOf(s.Article))
            {
                Signals = s.Signals,
                Features = s.Features,
            })
            .ToList();
        return new RankingExplanation(analyzed.Type, analyzed.Groups.Select(g => g.Key).ToList(), analyzed.Ordinal, analyzed.Period?.ToString(), rows)
        {
            Model = match is null ? null : semantic?.Model,
            Names = analyzed.Names.Concat(analyzed.NamesByCase).Order().Select(g => analyzed.Groups[g].Key).ToList(),
        };
    }

    /// <summary>
    /// For a summary, the article most about the subject (its title covers the question, and several of its sentences
    /// rank well) leads with its best sentence; its details follow.
    /// </summary>
    private ScoredSentence? SummaryArticleLede(List<ScoredSentence> ranked, int? ordinal)
    {
        var covering = ranked.Where(s => s.Coverage >= options.MinCoverage).ToList();
        // A summary of a numbered event that has taken place comes from a report of it, when there is one, rather than
        // from an announcement of it.
        var reports = covering.Where(s => ReportsHeld(s.Article, ordinal)).ToList();
        return ArticleLede(reports.Count > 0 ? reports : covering);
    }

    private ScoredSentence? ArticleLede(List<ScoredSentence> ranked) => ranked
        .GroupBy(s => s.Article.Id)
        .Select(g => (Lede: g.First(), Weight: g.Take(3).Sum(s => s.Score) + (g.First().Signals.TitleCoverage * 0.5)))
        .OrderByDescending(x => x.Weight)
        .Select(x => Lede(ranked, x.Lede))
        .FirstOrDefault();

    /// <summary>
    /// A news story states its news first: for a summary or the latest state of things, the story's opening sentence
    /// leads when it is about the question too, rather than a detail further down that happens to match better.
    /// </summary>
    private ScoredSentence Lede(List<ScoredSentence> ranked, ScoredSentence best) => ranked
        .Where(s => s.Article.Id == best.Article.Id && s.Sentence.Index < best.Sentence.Index && s.Sentence.Index <= LedeSentences
            && s.Coverage >= options.MinCoverage && !s.MissesName)
        .OrderBy(s => s.Sentence.Index)
        .FirstOrDefault() ?? best;

    /// <summary>How many sentences open a story (a wire story's first, or a page's standfirst and first).</summary>
    private const int LedeSentences = 1;

    private static bool ReportsHeld(Article article, int? ordinal) =>
        ordinal is not null && article.Events.Any(e => e.Ordinal == ordinal && e.Status == Events.EventStatus.Held);

    /// <summary>The share of the question a headline must hold for its story to be about the subject.</summary>
    private const double LatestTitleCoverage = 0.5;

    /// <summary>
    /// How much of the question a headline covers: the lesser of the share of its concepts' weight and the share of
    /// its concepts, so a headline is about the subject only when it holds most of it, not one rare word of it.
    /// </summary>
    private static double TitleCoverage(ulong titleGroups, int groups, IReadOnlyList<double> idf, double totalIdf)
    {
        int counted = Math.Min(groups, 64);
        ulong mask = counted == 64 ? ulong.MaxValue : (1UL << counted) - 1;
        double share = counted == 0 ? 0 : (double)System.Numerics.BitOperations.PopCount(titleGroups & mask) / counted;
        return Math.Min(share, Coverage(titleGroups, idf, totalIdf));
    }

    /// <summary>A sentence holding the asked-for fact may lead when it scores at least this share of the best.</summary>
    private const double FactScoreShare = 0.7;

    /// <summary>A sentence near the best one in its article (the detail after a lede) may lead at this lower share.</summary>
    private const double NearbyFactScoreShare = 0.5;

    private static string Asked(AnalyzedQuestion question) => question.AsksReaction ? "how it was taken"
        : question.AsksConcern ? "what the worry is"
        : question.AsksVoteResult ? "how the vote went"
        : question.Attribute is { } attribute ? "the " + attribute
        : question.Speaker is { } speaker ? (question.AsksStatementPlace ? $"where {Capitalized(speaker)} said it" : $"what {Capitalized(speaker)} said")
        : question.AsksClockTime ? "at what time"
        : question.WhatDeed is { } done ? $"what was done (\"{done}\")"
        : question.AsksDecision && question.Deed is { } decided ? $"whether it was done (\"{decided}\")"
        : question.PlaceKind is not null && question.Type == QuestionType.Who ? "which countries"
        : Asked(question.Type);

    private static string Asked(QuestionType type) => type switch
    {
        QuestionType.When => "when",
        QuestionType.Who => "who",
        QuestionType.Where => "where",
        QuestionType.HowMany => "how many or how much",
        QuestionType.HowLong => "how long",
        _ => "that",
    };

    /// <summary>
    /// "the fourth round" when the question asks about an ordinal event that no candidate article reports, neither as
    /// an event nor in a sentence or title naming that ordinal.
    /// </summary>
    private static string? MissingOrdinal(AnalyzedQuestion question, List<ScoredSentence> ranked)
    {
        if (question.Ordinal is not { } wanted || question.NumberedEvent is not { } phrase
            || phrase.StartsWith("next", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        foreach (Article article in ranked.Select(s => s.Article).DistinctBy(a => a.Id))
        {
            if (article.Events.Any(e => e.Ordinal == wanted || e.HeldCount >= wanted)
                || EventOrdinals(article.Title).Contains(wanted))
            {
                return null;
            }
        }

        return "a " + phrase.ToLowerInvariant();
    }

    /// <summary>
    /// A question about the past in a named period ("what did they decide at the December conference?") that every
    /// candidate report predates: the articles were written before it happened. Returns the newest report's date, the
    /// day asked about, and the sentence that looks ahead to that day when that is how a period of no year was placed.
    /// </summary>
    private (DateOnly Newest, DateOnly Asked, ScoredSentence? Expecting)? AfterNewestReport(AnalyzedQuestion question, List<ScoredSentence> ranked)
    {
        if (question.Period is not { } period || question.PeriodIsTarget || question.Tense == Events.EventStatus.Planned)
        {
            return null;
        }

        // The reports weighed are those that answer the question best: others are about something else, whatever their dates.
        var covering = OutcomeEvidenceOf(ranked).Where(s => s.Coverage >= 0.5).ToList();
        var dates = covering.Select(s => s.Article.Published.Value).ToList();
        if (dates.Count == 0 || dates.Any(d => d is null))
        {
            return null;
        }

        DateOnly newest = dates.Max()!.Value;
        if (period.First is { } first)
        {
            // A report from before the period that itself speaks of it ("an aid programme for 2026") answers what is
            // asked of the period, unless what happened in it is asked.
            return newest < first && !(question.Tense != Events.EventStatus.Held && !question.AsksOutcome && covering.Any(s => SpeaksOf(s, period)))
                ? (newest, first, null) : null;
        }

        // Without a year, a report from that month (of any year) may be the one asked about: only when none is, and a
        // report looks ahead to that month or day, is it still to come.
        if (covering.Any(s => period.Admits(s.Article.Published.Value!.Value)) || Upcoming(period, covering) is not { } upcoming)
        {
            return null;
        }

        DateOnly asked = period.Day is null ? new DateOnly(upcoming.Day.Year, upcoming.Day.Month, 1) : upcoming.Day;
        return newest < asked ? (newest, asked, upcoming.Sentence) : null;
    }

    /// <summary>Whether a sentence names a time within the period: "for 2026", "in the first half of 2026".</summary>
    private static bool SpeaksOf(ScoredSentence s, TimeConstraint period) =>
        AnswerFacts.EventDates(s.Sentence, s.Sentence.TextOf(s.Article), asksStatement: false)
            .Any(t => TimexDescriber.TryGetRange(t.Value, out DateOnly from, out DateOnly to) && period.First is { } first && period.Last is { } last
                && from >= first && to <= last);

    /// <summary>
    /// A month (and day) asked about without a year ("at the nov 16 meeting") is the one the reports speak of as still
    /// to come: the latest such day that a covering sentence resolves to after its own report's date, with that
    /// sentence. Null when no report looks ahead to it.
    /// </summary>
    private static (DateOnly Day, ScoredSentence Sentence)? Upcoming(TimeConstraint period, List<ScoredSentence> covering)
    {
        if (period.Month is not { } month)
        {
            return null;
        }

        (DateOnly Day, ScoredSentence Sentence)? latest = null;
        foreach (ScoredSentence s in covering)
        {
            if (s.Article.Published.Value is not { } published)
            {
                continue;
            }

            foreach (TemporalExpression t in s.Sentence.Times)
            {
                if (t.Type != Time.TimexType.Date || !Time.TimexDescriber.TryGetRange(t.Value, out DateOnly first, out DateOnly last)
                    || first.Month != month || (period.Day is { } day && (first.Day != day || first != last)))
                {
                    continue;
                }

                if (first > published && (latest is null || first > latest.Value.Day))
                {
                    latest = (first, s);
                }
            }
        }

        return latest;
    }

    /// <summary>
    /// "When did Moscow confirm ...?" asks when something was said. Unless the report dates the statement itself, the
    /// answer is the date of the report that carries it, with how that date was established.
    /// </summary>
    private (ScoredSentence Best, string Lead)? StatementLead(List<ScoredSentence> ranked)
    {
        ScoredSentence best = ranked[0];
        if (AnswerFacts.HasDate(best.Sentence) || best.Article.Published.Value is not { } published)
        {
            return null;
        }

        var agreeing = best.Article.Published.Cues.Where(c => c.Agrees(published)).Select(c => $"\"{Text.Shortened.To(c.Text, 40)}\"").Distinct().Take(2).ToList();
        string said = agreeing.Count == 0 ? DateText.BasisPhrase(best.Article.Published.Basis) : $"{DateText.BasisPhrase(best.Article.Published.Basis)}: {string.Join(", ", agreeing)}";
        string lead = $"By {published.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}: {SourceLabel(best.Article)} reported it in an article of that date ({said}); the report does not date the statement itself.";
        return (best, lead);
    }

    /// <summary>How many sentences back the words a sentence continues from are looked for.</summary>
    private const int ContextWindow = 1;

    /// <summary>An event answers a "when" question only if one of these best-ranked sentences reports it.</summary>
    private const int EventEvidenceDepth = 3;

    /// <summary>
    /// "The next round" is named in many ways ("a third phase", "the next meeting"), so the event may be reported by
    /// any of these best-ranked sentences.
    /// </summary>
    private const int NextEventEvidenceDepth = 10;

    private static string Capitalized(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>BM25's best sentences for the question's concepts and the articles they are from.</summary>
    private (PassageSearchResult Found, Dictionary<string, Article> Articles) SearchWords(AnalyzedQuestion analyzed)
    {
        PassageSearchResult words = index.Search(analyzed.ToQuery(), options.Candidates);
        return (words, new Dictionary<string, Article>(store.GetMany(ArticleIds(words.Hits)), StringComparer.Ordinal));
    }

    /// <summary>
    /// The search by words joined with the search by meaning (run on another thread meanwhile): the index describes
    /// the nearest sentences BM25 did not find, so they are ranked on the same features.
    /// </summary>
    private async Task<(PassageSearchResult Result, SemanticMatch? Match, IReadOnlyDictionary<string, Article> Articles)> WithNearestAsync(
        AnalyzedQuestion analyzed, (PassageSearchResult Found, Dictionary<string, Article> Articles) byWords, Task<SemanticMatch?>? nearest)
    {
        var (words, articles) = byWords;
        if (nearest is null || await nearest.ConfigureAwait(false) is not { } match)
        {
            return (words, null, articles);
        }

        var found = words.Hits.Select(h => h.Key).ToHashSet();
        var missing = match.Nearest.Select(h => h.Key).Where(k => !found.Contains(k)).ToList();
        if (missing.Count == 0)
        {
            return (words, match, articles);
        }

        PassageSearchResult described = index.Search(analyzed.ToQuery() with { Include = missing, IncludeOnly = true }, missing.Count);
        var added = described.Hits.Where(h => !found.Contains(h.Key)).ToList();
        foreach (var (id, article) in store.GetMany(ArticleIds(added).Where(id => !articles.ContainsKey(id)).ToList()))
        {
            articles[id] = article;
        }

        return (words with { Hits = [.. words.Hits, .. added] }, match, articles);
    }

    /// <summary>
    /// The question searched by words; "wen is ...", "did they acutally sign ...?": when a word no article holds was
    /// typed for one that decides how the question is read, it is read as that word and searched again.
    /// </summary>
    private (AnalyzedQuestion Analyzed, (PassageSearchResult Found, Dictionary<string, Article> Articles) Words) SearchWordsMended(AnalyzedQuestion analyzed, DateOnly? asOf)
    {
        var words = SearchWords(analyzed);
        if (CuesMended(analyzed, words.Found) is not { } mended)
        {
            return (analyzed, words);
        }

        AnalyzedQuestion reread = Analyze(mended, asOf);
        return (reread, SearchWords(reread));
    }

    /// <summary>
    /// The question's text with each word no article holds that <see cref="Text.CueSpelling"/> mends to a cue or to a
    /// noun that decides what is asked for (<see cref="QuestionAnalyzer.KindWords"/>) written as the word it was meant
    /// as; null when there is none. Names are left as they are.
    /// </summary>
    private static string? CuesMended(AnalyzedQuestion question, PassageSearchResult result)
    {
        string text = question.Text;
        for (int g = 0; g < question.Groups.Count && g < result.GroupOccurrences.Count; g++)
        {
            if (result.GroupOccurrences[g] == 0 && !question.Names.Contains(g)
                && (Text.CueSpelling.Mended(question.Groups[g].Key) ?? Text.CueSpelling.Nearest(question.Groups[g].Key, QuestionAnalyzer.KindWords)) is { } cue)
            {
                text = Regex.Replace(text, $@"\b{Regex.Escape(question.Groups[g].Key)}\b", cue, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            }
        }

        return text == question.Text ? null : text;
    }

    /// <summary>
    /// The question with each word no article holds given the index's nearest spellings as alternatives (and an
    /// ordinal, when one of them is one); null when every word was found or none has a near spelling.
    /// </summary>
    private AnalyzedQuestion? Respelled(AnalyzedQuestion question, PassageSearchResult result)
    {
        var groups = question.Groups.ToList();
        int? ordinal = question.Ordinal;
        bool changed = false;
        for (int g = 0; g < groups.Count && g < result.GroupOccurrences.Count; g++)
        {
            // A name the articles lack is more often one they never mention than a misspelling ("India" is not
            // "Indian"): names are left as they are.
            if (result.GroupOccurrences[g] > 0 || question.Names.Contains(g) || groups[g].Terms.Count == 0 || groups[g].Terms[0].Text.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            IReadOnlyList<string> similar = index.SimilarWords(groups[g].Terms[0].Text, 2, MaxRespellings);
            if (similar.Count == 0)
            {
                continue;
            }

            int number = similar.Select(Text.Ordinals.Value).FirstOrDefault(n => n > 0);
            var alternatives = number > 0
                ? Text.Ordinals.FormsOf(number).Select(form => new WeightedTerm(form, 1f)).ToList()
                : [.. groups[g].Terms, .. similar.Select(word => new WeightedTerm(word, 1f))];
            ordinal ??= number > 0 ? number : null;
            groups[g] = groups[g] with { Terms = alternatives };
            changed = true;
        }

        return changed ? question with { Groups = groups, Ordinal = ordinal } : null;
    }

    private const int MaxRespellings = 2;

    /// <summary>The question read against the day it is asked as of, or today by the clock.</summary>
    /// <summary>
    /// The sentences nearest the question in meaning, searched on another thread; null without sentence vectors. As of
    /// a past day, some of the nearest sentences are from later articles and are dropped: more are asked for.
    /// </summary>
    private Task<SemanticMatch?>? SearchByMeaning(string text, DateOnly? asOf, CancellationToken cancellationToken)
    {
        if (semantic is null)
        {
            return null;
        }

        int vectorCandidates = asOf is null ? options.VectorCandidates : options.VectorCandidates * AsOfVectorFactor;
        return Task.Run(() => semantic.MatchAsync(text, vectorCandidates, cancellationToken), cancellationToken);
    }

    private AnalyzedQuestion Analyze(string question, DateOnly? asOf) =>
        analyzer.Analyze(question, Today(asOf)) with { AsOf = asOf };

    /// <summary>The day relative words are read against: the as-of day, or today by the clock.</summary>
    private DateOnly Today(DateOnly? asOf) => asOf ?? DateOnly.FromDateTime((clock ?? TimeProvider.System).GetUtcNow().UtcDateTime);

    private const int AsOfVectorFactor = 3;

    private static List<string> ArticleIds(IEnumerable<PassageHit> hits) => hits.Select(h => h.ArticleId).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// How well a sentence matches the question in meaning, from 0 to 1: its cosine similarity placed between the
    /// similarity at which sentences start to say what a question asks (<see cref="AnswerOptions.SemanticFloor"/>) and
    /// the one from which they say it in other words (<see cref="AnswerOptions.SemanticFull"/>).
    /// </summary>
    private double SemanticCoverage(double? similarity) => similarity is { } sim && options.SemanticFull > options.SemanticFloor
        ? Math.Clamp((sim - options.SemanticFloor) / (options.SemanticFull - options.SemanticFloor), 0, 1)
        : 0;

    private List<ScoredSentence> Rank(AnalyzedQuestion question, PassageSearchResult result, SemanticMatch? match, IReadOnlyDictionary<string, Article> loaded)
    {
        if (result.Hits.Count == 0)
        {
            return [];
        }

        if (question.AsOf is { } asOf)
        {
            // Sentences found by meaning are not filtered by the index: those of articles published later go here.
            result = result with { Hits = [.. result.Hits.Where(h => !loaded.TryGetValue(h.ArticleId, out Article? a) || a.Published.Value is not { } d || d <= asOf)] };
            if (result.Hits.Count == 0)
            {
                return [];
            }
        }

        double totalIdf = result.GroupIdf.Sum();
        double maxScore = result.Hits.Max(h => h.Score);
        var articles = loaded.ToDictionary(kv => kv.Key, kv => (Article?)kv.Value, StringComparer.Ordinal);
        var newest = result.Hits.Select(h => h.ArticleId).Distinct().Select(id => Load(articles, id)?.Published.Value)
            .Where(d => d.HasValue).Select(d => d!.Value).DefaultIfEmpty().Max();

        Events.EventStatus? tense = question.Tense;
        var groupsAt = new Dictionary<(string, int), ulong>();
        foreach (PassageHit hit in result.Hits)
        {
            groupsAt.TryAdd((hit.ArticleId, hit.SentenceIndex), hit.TextGroups);
        }

        var datelines = new Dictionary<string, ulong>(StringComparer.Ordinal);
        var nameAbsent = new Dictionary<string, bool>(StringComparer.Ordinal);
        var detailAbsent = new Dictionary<string, bool>(StringComparer.Ordinal);
        var eventFit = EventFit(question, result.Hits.Select(h => Load(articles, h.ArticleId)).OfType<Article>().DistinctBy(a => a.Id).ToList(), tense);
        bool next = question.AsksNext;
        bool askedEvent = question.NumberedEvent is not null;
        var ranked = new List<ScoredSentence>(result.Hits.Count);
        ulong rarest = RarestWord(question, result);
        foreach (PassageHit hit in result.Hits)
        {
            Article? article = Load(articles, hit.ArticleId);
            if (article is null || hit.SentenceIndex >= article.Sentences.Count)
            {
                continue;
            }

            Sentence sentence = article.Sentences[hit.SentenceIndex];
            string text = sentence.TextOf(article);
            if (Asks(text))
            {
                // A sentence that asks ("Which landmark is riddled with rust?") states nothing that could answer.
                continue;
            }

            // The sentence before often names what this one is about ("the second round ... This meeting lasted five hours").
            ulong context = 0;
            for (int back = 1; back <= ContextWindow; back++)
            {
                context |= groupsAt.GetValueOrDefault((hit.ArticleId, hit.SentenceIndex - back));
            }
            // A sentence that reports the very event asked about ("On February 27 ... met" for "the first round in
            // Istanbul") covers the question's ordinal and event words even when it does not repeat them.
            ulong eventWords = eventFit.GetValueOrDefault((article.Id, sentence.Index)) > 0 ? EventGroups(question) : 0;
            // A wire story's dateline names where it happened ("KUALA LUMPUR, Oct 20"), as its title names what.
            ulong dateline = DatelineGroups(question, article, datelines);
            context |= dateline;
            double lexical = Coverage(hit, context | eventWords, result.GroupIdf, totalIdf);
            // A sentence that says what the question asks in other words covers it as well as one in its words.
            VectorHit? vector = match?.Of(hit.Key);
            double? similarity = vector is { } v && v.ContentHash == article.ContentHash ? v.Similarity : null;
            double semanticCoverage = SemanticCoverage(similarity);
            double coverage = Math.Max(lexical, semanticCoverage);
            double bm25 = maxScore > 0 ? hit.Score / maxScore : 0;
            // The tense of the asked event's own mention decides when the sentence reports it ("a meeting took place,
            // and now a second meeting is being prepared" announces the second one).
            Events.EventMention? askedMention = question.Ordinal is { } numbered
                ? article.Events.FirstOrDefault(m => m.SentenceIndex == sentence.Index && m.Ordinal == numbered) : null;
            Events.EventStatus status = SentenceFeatures.StatusOf(article, sentence);
            double tenseFit = askedMention is null ? TenseFit(tense, status) : 2 * TenseFit(tense, askedMention.Status);
            double fit = TypeFit(question, sentence, text, article.Title) + tenseFit
                + eventFit.GetValueOrDefault((article.Id, sentence.Index))
                + (next && status == Events.EventStatus.Planned && Events.EventExtractor.MentionsEvent(text) ? 0.15 : 0);
            double recency = Recency(article.Published.Value, newest, question.AsksNewest ? 0.25 : 0.05);
            double names = NameFit(question, hit, context);
            // A period the question asks about is met by a report from then or by a sentence dated in it; a period
            // something is for ("the quota for the second half of 1987") only by a sentence about that period.
            double period = PeriodFit(question, article, sentence);
            double[] features = [bm25, lexical, fit, recency, names, period, 0, 0, semanticCoverage];
            bool? onEvent = question.Ordinal is { } wanted && askedEvent
                ? eventFit.GetValueOrDefault((article.Id, sentence.Index)) > 0 || EventOrdinals(text).Contains(wanted) || EventOrdinals(article.Title).Contains(wanted)
                    || (sentence.Index > 0 && EventOrdinals(article.SentenceText(sentence.Index - 1)).Contains(wanted))
                : null;
            ranked.Add(new ScoredSentence(article, sentence, 0, coverage, bm25, fit)
            {
                Features = features,
                Signals = new RankingSignals(
                    lexical, similarity, hit.Bm25Rank, match?.RankOf(hit.Key) ?? 0, TitleCoverage(hit.TitleGroups, question.Groups.Count, result.GroupIdf, totalIdf)),
                MissesName = (names < 0 && (nameAbsent.TryGetValue(article.Id, out bool absent) ? absent : nameAbsent[article.Id] = NameAbsent(question, article)))
                    || (detailAbsent.TryGetValue(article.Id, out bool lacks) ? lacks : detailAbsent[article.Id] = DetailAbsent(question, article)),
                OnAskedEvent = onEvent,
                TextGroups = hit.TextGroups,
                MissesRarest = ((hit.TextGroups | hit.TitleGroups | context) & rarest) != rarest,
            });
        }

        if (match is { Nearest.Count: > 1 } && ranked.Count > 0)
        {
            AddMeaning(ranked, match);
        }

        // The rarest word marks a sentence about something else only when it is a name ("Acme" is the company asked
        // about); a rare common word may be said in other words.
        bool rarestIsName = rarest != 0 && IsNameInText(question.Groups[System.Numerics.BitOperations.TrailingZeroCount(rarest)].Key,
            ranked.Where(s => (s.TextGroups & rarest) != 0).Select(s => s.Sentence.TextOf(s.Article)));
        ranked = ranked.Select(s => s with { Score = _weights.Score(s.Features), MissesRarest = s.MissesRarest && rarestIsName }).ToList();
        ranked.Sort((a, b) => b.Score.CompareTo(a.Score));

        WholeReportFirst(ranked);
        return ranked;
    }

    /// <summary>
    /// The best sentence of a report that lacks a name or a figure the question gives is about something else: the best
    /// of one that has them all goes first when it is nearly as good.
    /// </summary>
    private void WholeReportFirst(List<ScoredSentence> ranked)
    {
        if (ranked.Count > 1 && ranked[0].MissesName
            && ranked.FindIndex(s => !s.MissesName && s.Coverage >= options.MinCoverage && s.Score >= FactScoreShare * ranked[0].Score) is var whole and > 0)
        {
            ScoredSentence first = ranked[whole];
            ranked.RemoveAt(whole);
            ranked.Insert(0, first);
        }
    }

    /// <summary>
    /// The meaning features: how close each candidate is to the question relative to the other nearest sentences (1
    /// for the nearest, 0 for the last of <see cref="AnswerOptions.VectorCandidates"/>), and the same times the square
    /// of the share of the question that no candidate holds in its words, so that the weights can let meaning count
    /// the more, the more the question's words fail.
    /// </summary>
    private static void AddMeaning(List<ScoredSentence> ranked, SemanticMatch match)
    {
        double nearest = match.Nearest[0].Similarity;
        double last = match.Nearest[^1].Similarity;
        double unsaid = 1 - ranked.Max(s => s.Signals.LexicalCoverage);
        if (nearest <= last)
        {
            return;
        }

        foreach (ScoredSentence s in ranked)
        {
            if (s.Signals.Similarity is { } sim)
            {
                double relative = Math.Clamp((sim - last) / (nearest - last), 0, 1);
                s.Features[6] = relative;
                s.Features[7] = relative * unsaid * unsaid;
            }
        }
    }

    /// <summary>
    /// Whether the sentence names someone or something the question does not (a capitalised word past its first that
    /// the question lacks): the answer to "which ...?" or "who ...?" is a name not already asked about.
    /// </summary>
    private static bool NamesSomeoneElse(AnalyzedQuestion question, string text)
    {
        // "Which banks ...?" is not answered by "Russian", "Moscow" or "Latin America": places, regions and their
        // peoples name only places.
        bool places = question.NameKind is not { } kind || QuestionAnalyzer.AsksPlaces(kind);
        var regions = places ? [] : Text.Regions.In(text).ToList();
        return CapitalisedWord().Matches(text).Any(m => m.Index > 0 && !Text.Lexicon.QuestionStopWords.Contains(m.Value) && !Mentioned(question, m.Value)
            && (places || (!AnswerFacts.IsPlaceWord(m.Value) && !regions.Any(r => m.Index >= r.Start && m.Index < r.End))));
    }

    private static bool Mentioned(AnalyzedQuestion question, string word) =>
        question.Text.Contains(word, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b\p{Lu}[\p{L}’'-]+")]
    private static partial Regex CapitalisedWord();

    private static bool Asks(string sentence) => sentence.TrimEnd(' ', '"', '”', '’', '\'', ')').EndsWith('?');

    /// <summary>The question's groups that the article's dateline place names, as bits (worked out once per place).</summary>
    private static ulong DatelineGroups(AnalyzedQuestion question, Article article, Dictionary<string, ulong> byPlace)
    {
        if (SentenceFeatures.DatelinePlace(article) is not { } place)
        {
            return 0;
        }

        if (byPlace.TryGetValue(place, out ulong bits))
        {
            return bits;
        }

        for (int g = 0; g < question.Groups.Count && g < 64; g++)
        {
            if (question.Groups[g].Terms.Any(t => Text.WholeWords.Contain(place, t.Text)))
            {
                bits |= 1UL << g;
            }
        }

        byPlace[place] = bits;
        return bits;
    }

    /// <summary>
    /// Whether the article lacks a figure the question states ("the 12hr talks"), the day it names ("the feb 27
    /// meeting") or a word naming the event ("the copper talks"): a report of other talks or another day does not
    /// answer it.
    /// </summary>
    private static bool DetailAbsent(AnalyzedQuestion question, Article article) =>
        Absent(question, question.Qualifiers, article)
        || question.Figures.Any(f => !Text.Figures.Stated(f, article.OriginalText) && !Text.Figures.Stated(f, article.Title))
        || (question.Period is { } period && (period.Day is not null || (period.First is { } day && period.Last == day)) && !NamesDay(period, article));

    /// <summary>Whether the article dates something on the period's day, or was published within a week after it.</summary>
    private static bool NamesDay(TimeConstraint period, Article article)
    {
        bool Same(DateOnly d) => period.First is { } first ? d == first : d.Month == period.Month && d.Day == period.Day;
        if (article.Published.Value is { } published && Enumerable.Range(0, 8).Any(back => Same(published.AddDays(-back))))
        {
            return true;
        }

        return article.Sentences.Any(s => s.Times.Any(t => TimexDescriber.TryGetRange(t.Value, out DateOnly a, out DateOnly b) && a == b && Same(a)));
    }

    /// <summary>
    /// Whether a name the question asks about appears nowhere in the article, in any of its spellings ("US", "United
    /// States"); a five-letter stem is enough ("Tanzanian" is found as "Tanzania", "Organization" as "Organisation").
    /// </summary>
    private static bool NameAbsent(AnalyzedQuestion question, Article article) => Absent(question, question.Names, article);

    /// <summary>Whether a word the reports write as a name, typed in lower case, appears nowhere in the article, nor a slip of it.</summary>
    private static bool CasedNameAbsent(AnalyzedQuestion question, Article article) =>
        question.NamesByCase.Any(g => Absent(question, [g], article) && !HoldsSlipOf(article, question.Groups[g].Key));

    /// <summary>
    /// Whether the article's title or text writes, with a capital, a word that the typed one is a slip away from: a name
    /// typed in lower case is as often misspelt ("norrdby" for "Nordby").
    /// </summary>
    private static bool HoldsSlipOf(Article article, string typed) => HoldsSlipOf(article.Title, typed) || HoldsSlipOf(article.OriginalText, typed);

    private static bool HoldsSlipOf(string text, string typed)
    {
        foreach (ValueMatch m in Letters().EnumerateMatches(text))
        {
            if (Math.Abs(m.Length - typed.Length) <= 1 && char.IsUpper(text[m.Index])
                && Text.CueSpelling.IsSlipOf(typed, text.Substring(m.Index, m.Length)))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Letters();

    /// <summary>Marks that end a clause.</summary>
    private const string ClauseMarks = ",;:";

    /// <summary>A word that looks ahead: "will", "would", "shall", "won't", "is to", "expected to", "set to".</summary>
    [GeneratedRegex(@"\b(?:will|would|shall|won['’]t|(?:is|are|was|were)\s+to|(?:expected|scheduled|set)\s+to)\b(?!\s+of\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LooksAhead();

    /// <summary>
    /// Whether the article lacks any of the groups, in every one of its words: no word of it begins with the term's
    /// first five letters ("tin" is not found in "meeting"), nor, for a word in "-ing" that is no name, is it in
    /// another form ("asking" is found in "asked").
    /// </summary>
    private static bool Absent(AnalyzedQuestion question, IEnumerable<int> groups, Article article) => groups
        .Any(g => !question.Groups[g].Terms.Any(term =>
        {
            string stem = AnswerFacts.StemOf(term.Text);
            return BeginsWord(article.Title, stem) || BeginsWord(article.OriginalText, stem)
                || (SentenceFeatures.DatelinePlace(article) is { } dateline && BeginsWord(dateline, stem))
                || (!question.Names.Contains(g) && term.Text.Length >= 6 && term.Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                    && (HoldsOtherForm(article.Title, term.Text[..^3]) || HoldsOtherForm(article.OriginalText, term.Text[..^3])));
        }));

    /// <summary>
    /// Whether the text holds, as a whole word, a verb's base or its form in "-e", "-es", "-ed" or "-s": "ask", "asks",
    /// "asked" for the base "ask" of "asking"; "shipped" for "shipp".
    /// </summary>
    private static bool HoldsOtherForm(string text, string verb)
    {
        for (int at = NextWordBeginning(text, verb, 0); at >= 0; at = NextWordBeginning(text, verb, at + 1))
        {
            int end = at + verb.Length;
            int letters = end;
            while (letters < text.Length && char.IsLetter(text[letters]))
            {
                letters++;
            }

            if (text.AsSpan(end, letters - end) is var suffix && (suffix.IsEmpty || suffix.Equals("e", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("es", StringComparison.OrdinalIgnoreCase) || suffix.Equals("ed", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("s", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word of <paramref name="text"/> begins with the stem of <paramref name="word"/>, in any case.</summary>
    private static bool BeginsStem(string text, string word) => BeginsWord(text, AnswerFacts.StemOf(word));

    /// <summary>Whether a word of <paramref name="text"/> begins with <paramref name="stem"/>, in any case.</summary>
    private static bool BeginsWord(string text, string stem) => NextWordBeginning(text, stem, 0) >= 0;

    /// <summary>
    /// Where the first word of <paramref name="text"/> from <paramref name="from"/> on that begins with
    /// <paramref name="stem"/>, in any case, starts; -1 when there is none.
    /// </summary>
    private static int NextWordBeginning(string text, string stem, int from)
    {
        for (int at = from < text.Length ? text.IndexOf(stem, from, StringComparison.OrdinalIgnoreCase) : -1; at >= 0;
             at = at + 1 < text.Length ? text.IndexOf(stem, at + 1, StringComparison.OrdinalIgnoreCase) : -1)
        {
            if (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>
    /// For a question about an ordinal event ("who led the second round?"), sentences reporting the events it can mean
    /// gain, and sentences reporting a differently numbered event lose.
    /// </summary>
    private static Dictionary<(string, int), double> EventFit(AnalyzedQuestion question, List<Article> articles, Events.EventStatus? tense)
    {
        var fit = new Dictionary<(string, int), double>();
        if (question.Ordinal is null || question.NumberedEvent is null)
        {
            return fit;
        }

        var merged = Events.EventMerger.Merge(articles.Take(EventArticles).SelectMany(a => a.Events)).ToList();
        var matching = EventAnswerer.Matching(question, merged).ToHashSet();
        foreach (Events.TimelineEvent e in merged)
        {
            double value = matching.Contains(e) ? 0.2 : e.Ordinal is not null ? -0.1 : 0;
            foreach (Events.EventMention m in e.Mentions)
            {
                // A question about the round that was held is answered by reports of it, not by its announcement.
                double mentionValue = value > 0 && tense == Events.EventStatus.Held && m.Status == Events.EventStatus.Planned ? 0.05 : value;
                var key = (m.ArticleId, m.SentenceIndex);
                fit[key] = Math.Max(fit.GetValueOrDefault(key, double.MinValue), mentionValue);
            }
        }

        return fit;
    }

    private const int EventArticles = 30;

    /// <summary>The question's ordinal and event-noun groups, as bits.</summary>
    private static ulong EventGroups(AnalyzedQuestion question)
    {
        ulong bits = 0;
        for (int g = 0; g < question.Groups.Count && g < 64; g++)
        {
            if (Text.Ordinals.Value(question.Groups[g].Key) > 0 || Text.EventWords.NumberedSet.Contains(question.Groups[g].Key))
            {
                bits |= 1UL << g;
            }
        }

        return bits;
    }

    /// <summary>A question about what happened prefers reports of what happened to announcements of what will.</summary>
    private static double TenseFit(Events.EventStatus? tense, Events.EventStatus status) => (tense, status) switch
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

    /// <summary>
    /// The bit of the question's rarest word in the corpus, of those some sentence holds; 0 when none does. Only a word
    /// without alternatives counts: a group's rarity is that of its rarest alternative ("ballot" for "vote").
    /// </summary>
    private static ulong RarestWord(AnalyzedQuestion question, PassageSearchResult result)
    {
        int rarest = -1;
        for (int g = 0; g < result.GroupIdf.Count && g < question.Groups.Count && g < 64; g++)
        {
            if (result.GroupIdf[g] > 0 && question.Groups[g].Terms.Count == 1 && (g >= result.GroupOccurrences.Count || result.GroupOccurrences[g] > 0)
                && (rarest < 0 || result.GroupIdf[g] > result.GroupIdf[rarest]))
            {
                rarest = g;
            }
        }

        return rarest < 0 ? 0 : 1UL << rarest;
    }

    /// <summary>The text of each ranked sentence, best first.</summary>
    private static List<string> RankedTexts(List<ScoredSentence> ranked) => ranked.Select(s => s.Sentence.TextOf(s.Article)).ToList();

    /// <summary>A word as the first of the texts that holds it writes it ("NATO", "McAllister"); the word itself when none does.</summary>
    private static string AsWritten(string word, IEnumerable<string> texts)
    {
        var pattern = WholeWord(word);
        return texts.Select(text => pattern.Match(text)).FirstOrDefault(m => m.Success)?.Value ?? word;
    }

    /// <summary>The word standing whole, in any case: not inside a longer word or number.</summary>
    private static Regex WholeWord(string word) =>
        new(@"(?<![\p{L}\d])" + Regex.Escape(word) + @"(?![\p{L}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Whether the sentences write the word, wherever they hold it, with a capital: a name, not a word.</summary>
    private static bool IsNameInText(string word, IEnumerable<string> texts)
    {
        var pattern = WholeWord(word);
        bool any = false;
        foreach (string text in texts)
        {
            foreach (Match m in pattern.Matches(text))
            {
                if (!char.IsUpper(text[m.Index]))
                {
                    return false;
                }

                any = true;
            }
        }

        return any;
    }

    private static double Coverage(ulong groups, IReadOnlyList<double> idf, double totalIdf)
    {
        double covered = 0;
        for (int g = 0; g < idf.Count && g < 64; g++)
        {
            covered += (groups & (1UL << g)) != 0 ? idf[g] : 0;
        }

        return totalIdf > 0 ? covered / totalIdf : 0;
    }

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
            QuestionType.When => AnswerFacts.EventDates(sentence, text, question.NamesReporting).Any()
                || (question.AsksHowSoon && AnswerFacts.WithinTimes(sentence, text).Any()) ? 0.25 : 0,
            // The terms of a deal are in figures ("cut milk output by 9.5 pct over two years").
            QuestionType.WhatAgreed => AgreementLanguage().IsMatch(text) ? 0.2 + (Figure().IsMatch(text) ? 0.1 : 0) : 0,
            QuestionType.HowMany => Quantity().Matches(text).Any(m => !Mentioned(question, m.Value)) ? 0.1 : 0,
            QuestionType.Why => CauseLanguage().IsMatch(text) ? 0.1 : 0,
            QuestionType.HowLong => AnswerFacts.Durations(sentence, text).Any() || (AnswerFacts.RunsUntil(question) && AnswerFacts.EndPoints(sentence, text).Any()) ? 0.2 : 0,
            QuestionType.Who => (PersonLanguage().IsMatch(text) ? 0.1 : 0) + (NamesSomeoneElse(question, text) ? 0.1 : 0),
            QuestionType.Where => (Events.Places.Default.Find(text).Any() ? 0.1 : 0) + (AnswerFacts.HasVenue(text, question.Text) ? 0.15 : 0)
                + (PlaceFollowsAskedWords(question, text) ? 0.15 : 0),
            // Whether something was done is answered by a report of a decision or its completion ("rejected the offer").
            QuestionType.YesNo => question.AsksDone && Completed().IsMatch(text) ? 0.1 : 0,
            // What worries someone is told by a sentence that says what the worry is about.
            _ => (question.AsksName && NamesSomeoneElse(question, text) ? 0.1 : 0) + (question.AsksConcern && AnswerFacts.StatesConcern(text) ? 0.2 : 0),
        };

        if (question.Ordinal is { } wanted)
        {
            // An article whose title names the ordinal ("2nd Round of Talks") is about that event throughout,
            // unless the sentence itself names another one.
            var ordinals = EventOrdinals(text).ToList();
            var titleOrdinals = EventOrdinals(title).ToList();
            bool titled = titleOrdinals.Contains(wanted);
            bool otherTitled = !titled && titleOrdinals.Count > 0;
            fit += ordinals.Contains(wanted) ? 0.2 : ordinals.Count > 0 ? -0.1 : titled ? 0.15 : otherTitled ? -0.1 : 0;
        }

        return fit;
    }

    /// <summary>
    /// A place that follows the question's own words closely ("an agreement reached today in London", "talks held in
    /// Geneva") says where that happened, unlike one that only opens the sentence ("In Pretoria, the governor said").
    /// </summary>
    private static bool PlaceFollowsAskedWords(AnalyzedQuestion question, string text)
    {
        var anchors = Enumerable.Range(0, question.Groups.Count)
            .Where(g => !question.Names.Contains(g))
            .SelectMany(g => AllIndexes(text, question.Groups[g].Key))
            .ToList();
        return anchors.Count > 0
            && AnswerFacts.LocationStarts(text, question.Text).Any(place => anchors.Any(a => a < place && place - a <= PlaceAttachment));
    }

    /// <summary>How close after the question's words (in characters) a place must follow to say where they happened.</summary>
    private const int PlaceAttachment = 30;

    private static int OrdinalValue(string word) => Text.Ordinals.Value(word);

    /// <summary>Ordinals that number an event ("the second round", "2nd Round of Talks", "a third phase"), not a term or a half.</summary>
    private static IEnumerable<int> EventOrdinals(string text) =>
        QuestionAnalyzer.NumberedEventPhrase.Matches(text).Select(m => OrdinalValue(m.Value.Split(' ', 2)[0])).Where(n => n > 0);

    /// <summary>
    /// How well the sentence meets the period the question names: met by a sentence dated in it, or by a report from
    /// then as far as its date tells of it (<see cref="TimeConstraint.Nearness"/>); a period something is for ("the
    /// quota for the second half of 1987") only by a sentence about that period.
    /// </summary>
    private static double PeriodFit(AnalyzedQuestion question, Article article, Sentence sentence) => question.Period switch
    {
        null => 0,
        { } p when TimesIn(sentence, p) => PeriodMet,
        { } p when !question.PeriodIsTarget && article.Published.Value is { } published => PeriodMet * p.Nearness(published),
        _ => 0,
    };

    private const double PeriodMet = 0.15;

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
    private List<ScoredSentence> ChooseQuotes(List<ScoredSentence> ranked, ScoredSentence best, QuestionType type = QuestionType.Other)
    {
        var chosen = new List<ScoredSentence> { best };
        bool Continues(ScoredSentence c) => c.Article.Id == best.Article.Id
            && Math.Abs(c.Sentence.Index - best.Sentence.Index) <= 2
            && (c.TypeFit > 0 || c.Coverage >= options.MinCoverage) && c.Coverage >= options.MinCoverage / 2;
        bool Strong(ScoredSentence c) => c.Score >= 0.6 * best.Score && c.Coverage >= options.MinCoverage && !c.MissesName;

        // What was agreed, what a statement said, where things stand: a news lede states it in general terms and the
        // next sentences give the terms, so those follow the lede when they carry specifics.
        IEnumerable<ScoredSentence> details = type is QuestionType.WhatAgreed or QuestionType.Summary or QuestionType.Latest or QuestionType.Other or QuestionType.Why
            ? Details(best.Article, best.Sentence.Index, type == QuestionType.Summary ? best.Article.Sentences.Count : DetailWindow)
            : [];
        foreach (ScoredSentence candidate in details.Concat(ranked.Skip(1).Where(Continues)).Concat(ranked.Skip(1).Where(Strong)))
        {
            if (chosen.Count >= options.MaxQuotes)
            {
                break;
            }

            bool repeated = chosen.Any(c => (c.Article.Id == candidate.Article.Id && c.Sentence.Index == candidate.Sentence.Index)
                || c.Sentence.TextOf(c.Article) == candidate.Sentence.TextOf(candidate.Article));
            if (!repeated && chosen.Count(c => c.Article.Id == candidate.Article.Id) < options.MaxQuotes)
            {
                chosen.Add(candidate);
            }
        }

        return chosen;
    }

    /// <summary>How far after the lede its details are looked for.</summary>
    private const int DetailWindow = 3;

    /// <summary>Sentences after <paramref name="lede"/> that carry terms: figures, or the language of agreement.</summary>
    private static IEnumerable<ScoredSentence> Details(Article article, int lede, int window)
    {
        for (int i = lede + 1; i < article.Sentences.Count && i <= lede + window; i++)
        {
            Sentence sentence = article.Sentences[i];
            string text = sentence.TextOf(article);
            if (Figure().IsMatch(text) || AgreementLanguage().IsMatch(text))
            {
                yield return new ScoredSentence(article, sentence, 0, 0, 0, 0);
            }
        }
    }

    /// <summary>A figure with its unit ("9.5 pct", "76 billion dlrs"), or a number word counting a plural ("six diplomatic properties"); "the two nations" refers, and counts nothing.</summary>
    [GeneratedRegex(@"\b\d[\d,.]*\s*(?:pct|percent|per cent|%|mln|million|billion|bln|dlrs?|tonnes|bpd|years?|months?|marks|yen)\b|(?<!\b(?:the|these|those|its|their|our|both)\s+)\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:[\w-]+\s+)?(?:[a-z]{2,}s|pct|percent)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Figure();

    /// <summary>A time as the sentence writes it, with what it means when that reads otherwise: "three months (3 months)".</summary>
    private static string Described(TemporalExpression time, TimexType type)
    {
        string described = TimexDescriber.Describe(time.Value, type);
        return string.Equals(described, time.Text, StringComparison.OrdinalIgnoreCase) ? time.Text : $"{time.Text} ({described})";
    }

    private static string Lead(AnalyzedQuestion question, List<ScoredSentence> chosen)
    {
        ScoredSentence best = chosen[0];
        string source = SourceLabel(best.Article);
        if (question.Type == QuestionType.When && WhenLead(question, chosen) is { } when)
        {
            return when;
        }

        string raw = best.Sentence.TextOf(best.Article);
        string text = raw.Trim().Trim('"', '“', '”');
        if (question.Type == QuestionType.HowLong
            && AnswerFacts.Durations(best.Sentence, raw).OrderBy(t => question.DurationUnit is { } unit && AnswerFacts.UnitOf(t.Value) != unit)
                .ThenBy(t => Distance(question, raw, t.Start)).FirstOrDefault() is { } duration)
        {
            return $"{Capitalize(Described(duration, TimexType.Duration))}, according to {source}: {Text.Shortened.To(text, 240)}";
        }

        if (AnswerFacts.RunsUntil(question) && AnswerFacts.EndPoints(best.Sentence, raw).FirstOrDefault() is { } end)
        {
            // "How long will it stay in force?": until the day it runs to.
            return $"Until {Described(end, TimexType.Date)}, according to {source}: {Text.Shortened.To(text, 240)}";
        }

        if (question.Figure is FigureKind.Percentage or FigureKind.Money or FigureKind.Change or FigureKind.Measure && AnswerFacts.MeasuredFigure(question, question.Figure.Value, best.Sentence, text) is { } figure)
        {
            return $"{Capitalize(figure)}, according to {source}: {Text.Shortened.To(text, 240)}";
        }

        if (question.AsksAge && AnswerFacts.AgeIn(text, question.Text) is { } age)
        {
            return $"{Capitalize(age)}, according to {source}: {Text.Shortened.To(text, 240)}";
        }

        if (question.Type == QuestionType.HowMany && question.AsksAmount && AnswerFacts.AmountIn(text, question.Text) is { } amount)
        {
            return $"{Capitalize(amount)}, according to {source}: {Text.Shortened.To(text, 240)}";
        }

        if (question.Type == QuestionType.HowMany && CountedPhrase(question, text) is { } count)
        {
            return $"{Capitalize(count)}, according to {source}: {Text.Shortened.To(text, 240)}";
        }

        if (question.PlaceKind is not null && question.Type is QuestionType.Who or QuestionType.Other
            && AnswerFacts.PlacesAsked(question, raw).ToList() is { Count: > 0 } countries)
        {
            // "Which countries ...?": the countries the sentence names that the question does not.
            string named = countries.Count == 1 ? countries[0] : $"{string.Join(", ", countries.SkipLast(1))} and {countries[^1]}";
            return $"{named}, according to {source}: {Text.Shortened.To(text, 240)}";
        }

        if (question.Type == QuestionType.Who && NamedPeople(question, raw, best.Article.OriginalText) is { Count: > 0 } people)
        {
            return $"{string.Join(" and ", people)}, according to {source}: {Text.Shortened.To(text, 240)}";
        }

        if (question.Type == QuestionType.Who && AnswerFacts.Antecedent(raw, Previous(best), best.Article.OriginalText) is { } speaker
            && !AnswerFacts.QuestionNames(question.Text, speaker))
        {
            return $"{speaker}, according to {source}: {Text.Shortened.To(text, 240)}";
        }

        if (question.Type == QuestionType.Who && Text.RoleTitles.GroupIn(raw) is { } holders && !question.Text.Contains(holders, StringComparison.OrdinalIgnoreCase))
        {
            return $"{Capitalize(holders)}, according to {source}: {Text.Shortened.To(text, 240)}";
        }

        if (TitledBefore(question, best) is { } titled)
        {
            return $"{titled.Title}, according to {source}: {Text.Shortened.To(text, 240)}";
        }

        return $"According to {source}: {Text.Shortened.To(text, 280)}";
    }

    /// <summary>
    /// "Which film ...?" answered by a sentence that names it only by that kind ("The film earned nine nominations"):
    /// the title in quotation marks of the nearest sentence before it, up to three back, that has one ("Critics adore
    /// “The Quiet Harbour.”"), and that sentence. Null when the sentence does not open so, or names a title itself.
    /// </summary>
    private static (Sentence At, string Title)? TitledBefore(AnalyzedQuestion question, ScoredSentence best)
    {
        string text = best.Sentence.TextOf(best.Article);
        if (question.NameKind is not { } kind || QuotedTitle().IsMatch(text)
            || !Regex.IsMatch(text, @"^\W*The\s+(?:[\p{L}-]+\s+){0,2}?" + Regex.Escape(kind) + @"s?\b", RegexOptions.IgnoreCase))
        {
            return null;
        }

        for (int back = 1; back <= TitleWindow && best.Sentence.Index - back >= 0; back++)
        {
            Sentence before = best.Article.Sentences[best.Sentence.Index - back];
            if (QuotedTitle().Matches(before.TextOf(best.Article)).LastOrDefault(m => m.Groups["title"].Value.Split(' ').Length <= MaxTitleWords) is { } quoted)
            {
                return (before, quoted.Groups["title"].Value);
            }
        }

        return null;
    }

    /// <summary>How many sentences back the title a sentence names only by its kind is looked for.</summary>
    private const int TitleWindow = 3;

    /// <summary>The most words a title in quotation marks has; more are a quoted saying.</summary>
    private const int MaxTitleWords = 10;

    /// <summary>A title in quotation marks: capitalised, any stop inside the marks left out.</summary>
    [GeneratedRegex(@"[""“](?<title>\p{Lu}[^""“”]{0,80}?)[.,!?]?[""”]")]
    private static partial Regex QuotedTitle();

    /// <summary>The sentences before, nearest first, as far back as "he" or "she" is looked for.</summary>
    private static IEnumerable<string> Previous(ScoredSentence s) =>
        Enumerable.Range(1, AntecedentWindow).Select(back => s.Sentence.Index - back).TakeWhile(i => i >= 0).Select(s.Article.SentenceText);

    /// <summary>How many sentences back the person "he" or "she" stands for is looked for.</summary>
    private const int AntecedentWindow = 5;

    /// <summary>
    /// The people a sentence names that the question does not, nearest the question's words first.
    /// </summary>
    private static List<string> NamedPeople(AnalyzedQuestion question, string text, string? report = null)
    {
        // Where and how the sentence describes a person is read where it writes the name ("Kessler" for "Dan Kessler").
        var people = AnswerFacts.PersonMentions(text, report)
            .Where(p => !AnswerFacts.QuestionNames(question.Text, p.Name))
            .DistinctBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => (p.Name, Written: p.Written, Distance: Distance(question, text, text.IndexOf(p.Written, StringComparison.Ordinal))))
            .OrderBy(p => p.Distance)
            .ToList();
        if (people.Count == 0)
        {
            return [];
        }

        // A question about one side ("who led the Russian delegation?") is answered with the people the sentence
        // gives to that side; failing those, with the people it gives to no side, never the other side's.
        // A question for whoever holds a title ("who is the US ambassador?") is answered with the people the sentence
        // gives that title, and only those of the side asked about.
        string? title = question.AskedTitle;
        if (title is not null)
        {
            people = people.Where(p => Text.RoleTitles.Mentioned(title, DescriptionOf(text, p.Written))).ToList();
        }

        if (question.Side is { } side)
        {
            var sides = people.Select(p => (Person: p, Party: PartyOf(text, p.Written))).ToList();
            var asked = sides.Where(s => s.Party == side).Select(s => s.Person).ToList();
            var unbound = sides.Where(s => s.Party is null).Select(s => s.Person).ToList();
            people = asked.Count > 0 ? asked : unbound;
        }

        if (people.Count == 0)
        {
            return [];
        }

        // "Who became the best paid?" asks for the doer: not "Dan Kessler" of "Jon Strand has overtaken Dan Kessler".
        if (question.AsksDoer && people.Count > 1 && people.Where(p => !AnswerFacts.StandsAsObject(text, p.Written)).ToList() is { Count: > 0 } doers)
        {
            people = doers;
        }

        // A sentence naming several people for one thing ("led by ... Sonata Coulter and ... Alexander Darchiev")
        // gives the two nearest what was asked, when both are about as near; the quote shows who is who.
        int nearest = people[0].Distance;
        string first = people[0].Written;
        return people.Take(MaxNamedPeople)
            .Where(p => p.Written == first || p.Distance <= (2 * nearest) + 10 || Coordinated(text, first, p.Written))
            .Select(p => p.Name)
            .ToList();
    }

    /// <summary>
    /// The party a sentence gives a person, from the words that describe them, between the previous name (or the
    /// sentence's start) and theirs: "Russia's new ambassador", "Hungarian envoy". Where someone is sent or what they
    /// are responsible for ("ambassador to Washington", "Secretary for Russia") is not their side. Null when the
    /// description names no party, or more than one.
    /// </summary>
    private static string? PartyOf(string text, string name)
    {
        int at = text.IndexOf(name, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        // "Zhao Ziyang of China": a party right after the name is theirs, and not the next person's.
        if (PostposedParty().Match(text, at + name.Length) is { Success: true } after && Events.Parties.Default.In(after.Value) is [var own])
        {
            return own;
        }

        string before = Before(text, at);
        if (PostposedParty().Match(before) is { Success: true, Index: 0 } previous)
        {
            before = before[previous.Length..];
        }

        var parties = Events.Parties.Default.In(Destination().Replace(before, " "));
        return parties.Count == 1 ? parties[0] : null;
    }

    /// <summary>The words between the previous name (or the sentence's start) and the name at <paramref name="at"/>.</summary>
    private static string Before(string text, int at)
    {
        int from = AnswerFacts.Persons(text[..at]).Select(other => text.LastIndexOf(other, at, StringComparison.Ordinal) + other.Length).DefaultIfEmpty(0).Max();
        return text[from..at];
    }

    /// <summary>
    /// "is", "was named", "has been appointed as", "resigned as", "stepped down as": what follows says what the person
    /// just named is, becomes or was.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:who|which)\s+)?(?:is|was|has\s+been|had\s+been|will\s+be|becomes|became|remains)\b(?:\s+(?:chosen|named|appointed|elected|nominated|made|confirmed|sworn\s+in)\b)?(?:\s+as\b)?|^\s*(?:(?:who|which)\s+)?(?:becomes|became|remains|succeeds|succeeded|replaces|replaced)\b|^\s*(?:(?:who|which)\s+)?(?:has\s+|had\s+)?(?:\p{Ll}+ed|quit|left)(?:\s+(?:down|up|in|on|off))?\s+as\b(?!\s+(?:if|though|well|expected|planned|usual)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Becomes();

    /// <summary>"appointed", "has named", "elected": a verb that makes the person named next something.</summary>
    [GeneratedRegex(@"\b(?:names?|named|appoints?|appointed|elects?|elected|chooses|chose|picks?|picked|nominates?|nominated|taps?|tapped|designates?|designated|installs?|installed)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex Appoints();

    /// <summary>"as", "to be", "to serve as", or nothing: what follows the person so made says what they were made.</summary>
    [GeneratedRegex(@"^\s*(?:(?:as|to\s+be|to\s+become|to\s+serve\s+as)\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex MadeAs();

    /// <summary>
    /// The words that describe a person: those before the name back to the previous one ("Russia's new ambassador to
    /// Washington, Jane Doe"), and an apposition after it ("Jane Doe, the foreign minister, said").
    /// </summary>
    private static string DescriptionOf(string text, string name)
    {
        int at = text.IndexOf(name, StringComparison.Ordinal);
        if (at < 0)
        {
            return string.Empty;
        }

        string after = text[(at + name.Length)..];
        string apposition = after.StartsWith(',') ? after[1..].Split(',', 2)[0] : string.Empty;
        // "Jane Doe, a delegate, was chosen executive director": what the sentence says the person is or becomes.
        string rest = apposition.Length > 0 ? after[(apposition.Length + 1)..].TrimStart(',') : after;
        string before = Before(text, at);
        // "appointed Jane Doe as executive director": what someone made the person is said after them.
        Match said = Becomes().Match(rest) is { Success: true } becomes ? becomes
            : Appoints().IsMatch(before) && MadeAs().Match(rest) is { Success: true } made ? made
            : Match.Empty;
        string predicate = said.Success ? rest[said.Length..].Split(',', '.', ';')[0] : string.Empty;
        return before + " " + apposition + " " + predicate;
    }

    /// <summary>", of China", " of Portugal": the side of the person just named.</summary>
    [GeneratedRegex(@"\G\s*,?\s*of\s+(?:the\s+)?[A-Z][\p{L}.'’]*(?:\s+[A-Z][\p{L}.'’]*)*")]
    private static partial Regex PostposedParty();

    /// <summary>"to Washington", "for Russia and Central Europe": where someone is sent, or what they answer for.</summary>
    [GeneratedRegex(@"\b(?:to|for|in|at|with)\s+(?:the\s+)?[A-Z][\p{L}.'’]*(?:\s+(?:and\s+)?[A-Z][\p{L}.'’]*)*")]
    private static partial Regex Destination();

    /// <summary>"Maria Keller and Hungarian envoy Peter Varga": two names joined by "and", either way round.</summary>
    private static bool Coordinated(string text, string a, string b)
    {
        int at = text.IndexOf(a, StringComparison.Ordinal), bt = text.IndexOf(b, StringComparison.Ordinal);
        if (at < 0 || bt < 0)
        {
            return false;
        }

        (int end, int start) = at < bt ? (at + a.Length, bt) : (bt + b.Length, at);
        return start > end && AndBetween().IsMatch(text.AsSpan(end, start - end));
    }

    [GeneratedRegex(@"^\s+and\s+(?:[\p{L}'’.-]+\s+){0,4}$")]
    private static partial Regex AndBetween();

    private const int MaxNamedPeople = 2;

    [GeneratedRegex(@"\b(?:(?<![\d.,])\d[\d,.]*(?:\s+(?:mln|million|billion|bln|pct|percent|per cent))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?)\b(?:\s+(?!\d)[\w'’-]+){0,3}", RegexOptions.IgnoreCase)]
    private static partial Regex CountWithNoun();

    /// <summary>
    /// Whether the sentence counts something else the question speaks of, named right after the number: "How many
    /// franks did he scarf down at the hot dog contest?" is answered by "he devoured 63 hot dogs".
    /// </summary>
    private static bool CountsAsked(AnalyzedQuestion question, string sentence)
    {
        var keys = question.Groups.Select(g => AnswerFacts.StemOf(g.Key)).ToList();
        return CountWithNoun().Matches(sentence)
            .Any(m => m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(2)
                .Any(word => keys.Any(k => word.StartsWith(k, StringComparison.OrdinalIgnoreCase))));
    }

    /// <summary>
    /// The quantity in the sentence whose following words share the most with the question ("six diplomatic
    /// properties"), one that names what is counted first: "how many trade offices ...?" is not answered "Two trade"
    /// from "two trade fairs".
    /// </summary>
    private static string? CountedPhrase(AnalyzedQuestion question, string sentence)
    {
        var keys = question.Groups.Select(g => AnswerFacts.StemOf(g.Key)).ToList();
        bool Asked(string word) => keys.Any(k => word.Contains(k, StringComparison.OrdinalIgnoreCase));
        string? head = question.Counted.Count > 0 ? AnswerFacts.StemOf(question.Counted[^1]) : null;
        return CountWithNoun().Matches(sentence)
            .Where(m => !AnswerFacts.InName(sentence, m.Index))
            .Select(m => m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(words => (Words: words, Last: Array.FindLastIndex(words, Asked)))
            .Where(x => x.Last > 0)
            .OrderByDescending(x => head is not null && x.Words.Skip(1).Any(w => w.StartsWith(head, StringComparison.OrdinalIgnoreCase)))
            .ThenByDescending(x => x.Words.Count(Asked))
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

    /// <summary>How far a position in the sentence is from the nearest word of the question (0 when none occurs).</summary>
    private static int Distance(AnalyzedQuestion question, string text, int position)
    {
        int best = int.MaxValue;
        foreach (var group in question.Groups)
        {
            foreach (int at in AllIndexes(text, group.Key))
            {
                best = Math.Min(best, Math.Abs(at - position));
            }
        }

        return best == int.MaxValue ? 0 : best;
    }

    /// <summary>The date in the best evidence that sits closest to the words of the question.</summary>
    private static string? WhenLead(AnalyzedQuestion question, List<ScoredSentence> chosen)
    {
        foreach (ScoredSentence s in chosen)
        {
            string text = s.Sentence.TextOf(s.Article);
            // "How soon ...?" answered by how long from the report: "Within three to four months, according to ...".
            if (question.AsksHowSoon && AnswerFacts.WithinTimes(s.Sentence, text).FirstOrDefault() is { Duration: not null } within)
            {
                return $"{Capitalize(text[within.Start..within.Duration.End])}, according to {SourceLabel(s.Article)}.";
            }

            if (LeadDate(question, s) is not { } time)
            {
                continue;
            }

            // "April 5-6", "March 10 to 12": the two ends of a span are tagged apart, and the answer is the span.
            var dates = AnswerFacts.EventDates(s.Sentence, text, question.NamesReporting).ToList();
            var (from, to) = SpanAround(text, dates, time);
            string phrase = Capitalize(text[from.Start..to.End]);
            string source = SourceLabel(s.Article);
            if (from.Value.Contains('X', StringComparison.Ordinal) || to.Value.Contains('X', StringComparison.Ordinal))
            {
                return $"{phrase}, according to {source}; the article is undated, so that date cannot be placed exactly.";
            }

            string described = from == to ? TimexDescriber.Describe(from.Value) : $"{TimexDescriber.Describe(from.Value)} to {TimexDescriber.Describe(to.Value)}";
            return $"{phrase} ({described}), according to {source}.";
        }

        return null;
    }

    /// <summary>
    /// The date a sentence answers a "when ...?" question with: of those it gives for the event asked about, the one
    /// nearest the question's words. A time the question states itself ("when are bids due this year?") only repeats it;
    /// "since when ...?" asks for a time before the report, best the one something is said to have begun at.
    /// </summary>
    private static TemporalExpression? LeadDate(AnalyzedQuestion question, ScoredSentence s)
    {
        string text = s.Sentence.TextOf(s.Article);
        var anchors = question.Groups.SelectMany(g => AllIndexes(text, g.Key)).ToList();
        return AskedDates(question, s, text)
            .OrderBy(t => question.Text.Contains(text[t.Start..t.End].Trim(), StringComparison.OrdinalIgnoreCase))
            .ThenByDescending(t => question.AsksStart && StartCue().IsMatch(text.AsSpan(0, t.Start)))
            .ThenBy(t => anchors.Count == 0 ? 0 : anchors.Min(a => Math.Abs(a - t.Start)))
            .ThenByDescending(t => t.Start)
            .FirstOrDefault();
    }

    /// <summary>
    /// The dates a sentence gives for the event asked about; for "since when ...?", only those wholly before its report
    /// was written.
    /// </summary>
    private static IEnumerable<TemporalExpression> AskedDates(AnalyzedQuestion question, ScoredSentence s, string text)
    {
        var dates = AnswerFacts.EventDates(s.Sentence, text, question.NamesReporting);
        return question.AsksStart && s.Article.Published.Value is { } published
            ? dates.Where(t => !TimexDescriber.TryGetRange(t.Value, out _, out DateOnly last) || last < published)
            : dates;
    }

    /// <summary>Words that put a beginning just before a time: "since", "began in", "started on", "took office in", "date back to".</summary>
    [GeneratedRegex(@"\b(?:since|from|began|begun|begins?|beginning|started|starts?|starting|took\s+office|back\s+to)\s+(?:in\s+|on\s+|at\s+|the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex StartCue();

    /// <summary>The first and last date of the span a date belongs to: the dates joined to it by a dash, "to", "through" or "and".</summary>
    private static (TemporalExpression From, TemporalExpression To) SpanAround(string text, List<TemporalExpression> dates, TemporalExpression time)
    {
        bool Joined(TemporalExpression left, TemporalExpression right) =>
            left.End <= right.Start && SpanJoint().IsMatch(text.AsSpan(left.End, right.Start - left.End));
        var from = dates.FirstOrDefault(d => d != time && Joined(d, time)) ?? time;
        var to = dates.FirstOrDefault(d => d != time && Joined(time, d)) ?? time;
        return (from, to);
    }

    [GeneratedRegex(@"^\s*(?:-|–|—|to|through|until|till|and)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SpanJoint();

    private static IEnumerable<int> AllIndexes(string text, string word)
    {
        if (word.Length < 3)
        {
            yield break;
        }

        // A stem-like prefix, so "meet" finds "meeting" and "sign" finds "signed".
        string prefix = AnswerFacts.StemOf(word);
        for (int i = text.IndexOf(prefix, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(prefix, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            yield return i;
        }
    }

    private static string SourceLabel(Article article) =>
        $"{article.Outlet ?? $"\"{Text.Shortened.To(article.Title, 80)}\""} ({DateText.Published(article.Published.Value)})";

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Citations for the sentences, each checked to be verbatim; a quote that fails the check is never shown.</summary>
    private static List<Citation> Cite(IEnumerable<ScoredSentence> sentences) => sentences
        .Select(s => Citation.Verified(s.Article, s.Sentence, s.Score))
        .OfType<Citation>()
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
