using System.Text.RegularExpressions;
using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Chat;

/// <summary>
/// Reads a question asked in a thread with the thread's earlier answer. A question depends on it when it has no subject
/// of its own: a fragment that continues the last question ("and on visas?", "what about the Saudi side?"), a question
/// of nothing but asking words ("when was that?", "why?"), or one whose subject is a pronoun ("who led it?", "what did
/// they agree there?") while it names no person, place or numbered event itself. Such a question is rewritten with the
/// thread's subject filled in: "it" and "that" become the event, "there" its place, "they" its parties; a fragment
/// takes the last question's place. Any other question stands on its own and is answered as asked.
/// </summary>
public sealed partial class FollowUpResolver(QuestionAnalyzer analyzer)
{
    public FollowUpResolver()
        : this(new QuestionAnalyzer())
    {
    }

    public FollowUp Resolve(string question, AnswerRecord? previous)
    {
        ArgumentNullException.ThrowIfNull(question);
        string text = question.Trim();
        if (previous is null || text.Length == 0)
        {
            return new FollowUp(question, null);
        }

        if (LoneInterrogative().Match(text) is { Success: true } alone)
        {
            return new FollowUp(AskInstead(previous, alone.Groups["wh"].Value), previous);
        }

        bool continues = false;
        if (Continuation().Match(text) is { Success: true } fragment)
        {
            string rest = text[fragment.Length..].Trim();
            if (rest.Trim('?', '.', '!', ' ').Length == 0)
            {
                return new FollowUp(question, null);
            }

            if (LoneInterrogative().Match(rest) is { Success: true } lone)
            {
                return new FollowUp(AskInstead(previous, lone.Groups["wh"].Value), previous);
            }

            if (!QuestionShape.ReadsAsQuestion(rest.TrimEnd('?')))
            {
                return new FollowUp(Merge(previous.Question, rest, previous.Subject), previous);
            }

            text = char.ToUpperInvariant(rest[0]) + rest[1..];
            continues = true;
        }

        AnalyzedQuestion asked = analyzer.Analyze(text);
        bool ownSubject = asked.Names.Count > 0 || asked.Places.Count > 0 || asked.NumberedEvent is not null || asked.Ordinal is not null;
        bool pronoun = Pronoun().IsMatch(text);
        if (!continues && asked.Groups.Count > 0 && !(pronoun && !ownSubject))
        {
            return new FollowUp(question, null);
        }

        string read = Substitute(text, previous.Subject);
        return new FollowUp(char.ToUpperInvariant(read[0]) + read[1..], previous);
    }

    /// <summary>"it", "that", "there", "they" replaced by what they stand for; the subject appended when none could be.</summary>
    private static string Substitute(string text, ThreadSubject subject)
    {
        bool replaced = false;
        string result = text;
        if (subject.Event is { } named)
        {
            // "that round", "this meeting": the event itself, when it is one of that kind.
            result = EventNounPhrase().Replace(result, m =>
            {
                string noun = m.Groups["noun"].Value;
                if (!Text.EventWords.NumberedSet.Contains(noun) || !named.Contains(noun, StringComparison.OrdinalIgnoreCase))
                {
                    return m.Value;
                }

                replaced = true;
                return named;
            });
        }

        string before = result;
        result = Pronoun().Replace(before, m =>
        {
            string word = m.Groups["p"].Value;
            string? instead = word.ToLowerInvariant() switch
            {
                "it" => subject.Antecedent,
                "that" or "this" => Demonstrative(before, m, subject),
                "there" => Existential().IsMatch(before[..m.Index]) ? null
                    : subject.Places.Count > 0 ? "in " + subject.Places[0]
                    : subject.Event is { } e ? "at " + e : null,
                "they" or "them" => subject.People.Count > 0 ? Join(subject.People) : null,
                "their" => subject.People.Count > 0 ? Join(subject.People) + "'s" : null,
                _ => null,
            };
            if (instead is null)
            {
                return m.Value;
            }

            replaced = true;
            return m.Index == 0 ? char.ToUpperInvariant(instead[0]) + instead[1..] : instead;
        });

        if (!replaced && subject.Antecedent is { } about)
        {
            string body = result.TrimEnd('?', '.', '!', ' ');
            result = $"{body} ({about})?";
        }

        return result;
    }

    /// <summary>"that" or "this" as a pronoun ("when was that?"), or before an event noun ("that round"); null as a conjunction ("said that the ...").</summary>
    private static string? Demonstrative(string text, Match m, ThreadSubject subject)
    {
        Match next = NextWord().Match(text, m.Index + m.Length);
        string following = next.Success ? next.Groups["w"].Value.ToLowerInvariant() : string.Empty;
        if (following.Length == 0 || (Text.Lexicon.QuestionStopWords.Contains(following) && !Clause().IsMatch(following)))
        {
            return subject.Antecedent;
        }

        return null;
    }

    /// <summary>
    /// The last question asked again with another interrogative: "and where?" after "When was the third round?" asks
    /// "Where was the third round?". After a question that asked about a subject ("What about visas ...?") or asked no
    /// interrogative, it is asked of the thread's event or subject ("Where is the third round?").
    /// </summary>
    private static string AskInstead(AnswerRecord previous, string interrogative)
    {
        string wh = char.ToUpperInvariant(interrogative[0]) + interrogative[1..].ToLowerInvariant();
        string asked = previous.Question;
        if (Opening().Match(asked) is { Success: true } m && !AboutOpening().IsMatch(asked))
        {
            return wh + asked[m.Length..];
        }

        return previous.Subject.Antecedent is { } subject ? $"{wh} is {subject}?" : $"{wh}: {asked}";
    }

    /// <summary>
    /// A fragment put in the last question: "on visas" takes the place of its "on banking" (or "about banking"), "the
    /// fourth" that of its numbered event, "the American side" that of its party's side. Otherwise, after a question for a date, place, person or figure, the fragment
    /// is a new subject asked about in the thread's setting ("and on visas?" after "When is the third round?" asks
    /// "What about visas at the third round?"); after any other question it joins it ("... about embassy staffing?").
    /// </summary>
    private static string Merge(string previous, string fragment, ThreadSubject subject)
    {
        string rest = fragment.TrimEnd('?', '.', '!', ' ');
        string body = previous.TrimEnd('?', '.', '!', ' ');
        Match preposition = LeadingPreposition().Match(rest);
        bool topical = preposition.Success && TopicalPreposition().IsMatch(preposition.Value);
        if (preposition.Success)
        {
            string alternatives = topical ? TopicalPrepositions : Regex.Escape(preposition.Groups["prep"].Value);
            var same = new Regex($@"\b(?:{alternatives})\s+(?:(?:the|a|an)\s+)?[\p{{L}}\p{{N}}'’-]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            if (same.Match(body) is { Success: true } there)
            {
                return body[..there.Index] + rest + body[(there.Index + there.Length)..] + "?";
            }
        }

        Match numbered = QuestionAnalyzer.NumberedEventPhrase.Match(rest);
        Match ordinal = Text.Ordinals.Mention.Match(rest);
        if (ordinal.Success && !preposition.Success)
        {
            // "and the fourth?", "what about the second round?": the same question of another numbered event.
            if (numbered.Success && QuestionAnalyzer.NumberedEventPhrase.Match(body) is { Success: true } earlierEvent)
            {
                return body[..earlierEvent.Index] + numbered.Value + body[(earlierEvent.Index + earlierEvent.Length)..] + "?";
            }

            if (!numbered.Success && Text.Ordinals.Mention.Match(body) is { Success: true } earlier)
            {
                return body[..earlier.Index] + ordinal.Value + body[(earlier.Index + earlier.Length)..] + "?";
            }
        }

        // "and the American side?" after "Who led the Russian delegation?": the same question of another party.
        if (!preposition.Success && SidePhrase().Match(rest) is { Success: true } side && SidePhrase().Match(body) is { Success: true } earlierSide)
        {
            return body[..earlierSide.Index] + side.Value + body[(earlierSide.Index + earlierSide.Length)..] + "?";
        }

        if (preposition.Success && !topical)
        {
            return $"{body} {rest}?";
        }

        if (FactQuestion().IsMatch(body))
        {
            string about = topical ? rest[preposition.Length..].TrimStart() : rest;
            string setting = numbered.Success ? string.Empty
                : subject.Event is { } e ? " at " + e
                : subject.Places.Count > 0 ? " in " + subject.Places[0]
                : string.Empty;
            return $"What about {about}{setting}?";
        }

        return topical ? $"{body} {rest}?" : $"{body} about {rest}?";
    }

    private static string Join(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];

    /// <summary>An opening that continues the last question: "and ...", "what about ...", "how about ...", "also ...".</summary>
    [GeneratedRegex(@"^(?:and|also|plus|but|(?:and\s+)?(?:what|how)\s+about)\b[\s,]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Continuation();

    /// <summary>A follow-up that is only an interrogative ("when?", "how many?"): the same question, asked for that.</summary>
    [GeneratedRegex(@"^(?<wh>when|where|who|why|how|how long|how many|how much)\s*\??$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LoneInterrogative();

    /// <summary>The interrogative a question opens with, which a follow-up's own one replaces.</summary>
    [GeneratedRegex(@"^\s*(?:when|where|who|whom|why|how(?:\s+(?:long|many|much))?|what|which)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Opening();

    /// <summary>"What about ...", "how about ...": a follow-up that changes what the last question was about.</summary>
    [GeneratedRegex(@"^\s*(?:what|how)\s+about\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboutOpening();

    /// <summary>A follow-up opening with a preposition ("on banking?", "in Riyadh?"): what it names goes where that one stood.</summary>
    [GeneratedRegex(@"^(?<prep>on|about|regarding|concerning|in|at|for|with|over)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingPreposition();

    /// <summary>The prepositions that name what is talked about; one stands for any other in a follow-up.</summary>
    private const string TopicalPrepositions = "on|about|regarding|concerning|over";

    [GeneratedRegex(@"^(?:" + TopicalPrepositions + @")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TopicalPreposition();

    /// <summary>A party's side: "Russian delegation", "the US side", "Iceland's negotiators".</summary>
    [GeneratedRegex(@"\b(?!(?:the|a|an|its|their|our|this|that|other)\b)[\p{L}.]+(?:'s|’s)?\s+(?:delegation|delegations|delegates|side|team|envoy|envoys|negotiator|negotiators|representative|representatives|government|officials|counterpart)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SidePhrase();

    /// <summary>A question for a date, place, person, reason or figure (not one for what was said or done).</summary>
    [GeneratedRegex(@"^\s*(?:when|where|who|whom|why|how)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FactQuestion();

    /// <summary>The pronouns a follow-up refers back with.</summary>
    [GeneratedRegex(@"\b(?<p>it|that|this|there|they|them|their)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"\b(?:that|this)\s+(?<noun>\p{L}+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EventNounPhrase();

    /// <summary>"is there", "are there any": there as no place.</summary>
    [GeneratedRegex(@"\b(?:is|are|was|were|be|been|will|any)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Existential();

    [GeneratedRegex(@"\G[\s,]*(?<w>[\p{L}'’]+)", RegexOptions.CultureInvariant)]
    private static partial Regex NextWord();

    /// <summary>Words that open a clause after "that" (so it is a conjunction there, not a pronoun).</summary>
    [GeneratedRegex(@"^(?:the|a|an|they|he|she|we|i|you|it|there|this|these|those|its|their|his|her)$", RegexOptions.CultureInvariant)]
    private static partial Regex Clause();
}
