using System.Collections.Frozen;
using System.Text.RegularExpressions;
using DiplomacyBot.Core.Search;

namespace DiplomacyBot.Core.Answering;

/// <summary>Reads a question: its type, its content words (each with its domain alternatives), and any ordinal.</summary>
public sealed partial class QuestionAnalyzer(QueryExpansions expansions, Time.ITemporalTagger tagger)
{
    private const float ExpansionBoost = 0.5f;
    private const float OrdinalWeight = 1.5f;

    private static FrozenSet<string> StopWords => Text.Lexicon.QuestionStopWords;


    public QuestionAnalyzer()
        : this(QueryExpansions.Default, new Time.TemporalTagger())
    {
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’.-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <param name="reference">The day relative words ("this week", "last month") are read against; null leaves them unread.</param>
    public AnalyzedQuestion Analyze(string question, DateOnly? reference = null)
    {
        string text = Text.ChatShorthand.Expanded(Text.Ordinals.WithTyposMended(question.Trim()));
        var groups = new List<TermGroup>();
        var names = new HashSet<int>();
        var qualifiers = new HashSet<int>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        int? ordinal = null;
        (TimeConstraint Constraint, int Start, int End)? period = PeriodOf(text, reference);
        // "the 87 budget", "the crash in '85": a year typed with two digits is found as the reports write it.
        var shortYears = Text.ShortYears.In(text).Select(y => y.Index).ToHashSet();
        // The words that ask for the newest ("what's new", "latest news on") say what kind of answer is wanted, not
        // what it is about.
        // "any update - did the king accept?": a short lead-in says how to answer; the question after it says what is asked.
        // "Rafael Nadal withdrew from Wimbledon. Who advances to the final?": a statement before the question sets the
        // scene; its words are concepts, but the question is the sentence that asks.
        // Words from carriedFrom to leadIn only carry the conversation on ("so", "ok").
        int leadIn = LeadInLength(text, out Match lead, out int carriedFrom);
        if (leadIn == 0)
        {
            leadIn = CarriedOn(text);
            carriedFrom = 0;
        }

        if (leadIn == 0)
        {
            leadIn = Preamble().Match(text) is { Success: true } scene ? scene.Length
                : SubordinateClause().Match(text) is { Success: true } clause ? clause.Length : 0;
            carriedFrom = leadIn;
        }
        string asked = text[leadIn..];
        QuestionType type = Classify(asked);
        // "the minister said in may a second meeting was planned - did it go ahead?": a time set before the question that
        // dates a saying says when it was said, not when what is asked happened. Its words are still not concepts.
        bool saidThen = period is { } dated && dated.End <= leadIn && SaidJustBefore.IsMatch(text[..dated.Start]);
        string? identity = type is QuestionType.Who or QuestionType.Other ? IdentityAsked(text, leadIn, asked) : null;
        if (identity is not null && !text.Equals(IdentityQuestionOf(identity), StringComparison.OrdinalIgnoreCase))
        {
            // "kessler - who is he exactly, what's his role?" asks what "who is kessler?" asks, and nothing more.
            return Analyze(IdentityQuestionOf(identity), reference);
        }

        Match latest = LatestPattern().Match(text) is { Success: true } newest && (type == QuestionType.Latest || newest.Index < leadIn) ? newest : Match.Empty;
        // "What sparked ...", "what was the point of ...": the words that ask for a reason say what kind of answer is
        // wanted, as "in the first place" and "at first" only stress it; neither is a concept to find.
        var asking = new List<(int Start, int End)>();
        if (type == QuestionType.Why && WhyPattern().Match(asked) is { Success: true } why)
        {
            asking.Add((leadIn + why.Index, leadIn + why.Index + why.Length));
        }

        // "any restart date yet?": the date is what is asked for, not a word to find ("date back to").
        if (type == QuestionType.When && AnyDate().Match(asked) is { Success: true } anyDate)
        {
            Group noun = anyDate.Groups["noun"];
            asking.Add((leadIn + noun.Index, leadIn + noun.Index + noun.Length));
        }

        asking.AddRange(Emphasis().Matches(text).Select(m => (m.Index, m.Index + m.Length)));
        // Places are names however they are typed ("vietnam's foreign minister"): the articles must hold them.
        var placed = Events.Places.Default.InQuestion(text).ToList();
        var phrases = new List<PhraseMatch>();
        foreach (PhraseMatch found in expansions.PhrasesIn(text))
        {
            // "rock bottom", "took place": a phrase with alternatives is one concept, not two words.
            phrases.Add(found);
            string phrase = found.Phrase;
            var alternatives = new List<WeightedTerm> { new(phrase, 1f) };
            alternatives.AddRange(expansions.For(phrase).Select(alternative => new WeightedTerm(alternative, ExpansionBoost)));
            groups.Add(new TermGroup(phrase.ToLowerInvariant(), alternatives, 1f));
        }

        foreach (Match m in Word().Matches(text))
        {
            if ((period is { } p && m.Index >= p.Start && m.Index < p.End) || phrases.Any(x => x.Covers(m.Index))
                || (latest.Success && m.Index >= latest.Index && m.Index < latest.Index + latest.Length)
                || asking.Any(span => m.Index >= span.Start && m.Index < span.End))
            {
                // "in June 1987" is a constraint on dates, checked as such; its words are not concepts to find.
                continue;
            }

            foreach ((int offset, string part) in SplitNames(m.Value))
            {
                int at = m.Index + offset;
                string word = Possessed(part.Trim('.', '-', '\'', '’'));
                // "quick one: ..." counts nothing: a number in the lead-in stands for the question itself. One in a
                // topic ("round 2 in geneva - ...") names what is asked about.
                bool aside = m.Index < leadIn && !lead.Groups["topic"].Success && Text.Figures.IsNumber(word);
                // "so" and "ok" just before the question are not concepts.
                bool carriesOn = m.Index >= carriedFrom && m.Index < leadIn && Text.Lexicon.DiscourseMarkers.Contains(word);
                if (word.Length == 0 || aside || carriesOn || StopWords.Contains(word) || IsAskedUnit(text, m.Index, word) || !seen.Add(word))
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
                if (shortYears.Contains(at) && int.TryParse(word, out int yy))
                {
                    terms.AddRange(Text.ShortYears.Years(yy, reference).Select(y => new WeightedTerm(y.ToString(System.Globalization.CultureInfo.InvariantCulture), 1f)));
                }

                terms.AddRange(expansions.For(word).Select(alternative => new WeightedTerm(alternative, ExpansionBoost)));
                if (Text.Capitals.CountryOf(word) is { } country)
                {
                    // "khartoum" in a question is often Sudan in the reports.
                    terms.Add(new WeightedTerm(country.ToLowerInvariant(), ExpansionBoost));
                }

                // "brazilian sailors": a place named by its people is a name the articles must hold, in either form.
                var placeAt = placed.FirstOrDefault(p => at >= p.Start && at < p.End);
                bool place = placeAt.Name is not null;
                if (place)
                {
                    // "cambodia" is "Kampuchea" in the reports of its day.
                    // A country is also named by the word for its people and things: "Thailand" by "the Thai government".
                    // A name the question itself uses is weighed as its own word, not twice.
                    terms.AddRange(Events.Places.Default.OtherNames(placeAt.Name!, word)
                        .Concat(Events.PlaceKinds.OtherNamesOf(placeAt.Name!).Where(n => !Text.WholeWords.Contain(text, n)))
                        .Distinct(StringComparer.OrdinalIgnoreCase)
                        .Where(n => !terms.Any(t => t.Text.Equals(n, StringComparison.OrdinalIgnoreCase)))
                        .Select(n => new WeightedTerm(n.ToLowerInvariant(), ExpansionBoost)));
                    // "the japan talks" are reported as talks in Osaka: a country named as where something happened
                    // is found by its cities too. One named as a side ("between japan and the us") is not.
                    if (IsVenue(text, placeAt.Start, placeAt.End))
                    {
                        terms.AddRange(Text.CountryPlaces.In(placeAt.Name!).Where(n => !terms.Any(t => t.Text.Equals(n, StringComparison.OrdinalIgnoreCase)))
                            .Select(n => new WeightedTerm(n.ToLowerInvariant(), ExpansionBoost)));
                    }
                }

                string? demonym = place ? null : Events.Places.Default.OfDemonym(word);
                if (demonym is not null)
                {
                    terms.Add(new WeightedTerm(demonym.ToLowerInvariant(), ExpansionBoost));
                }

                // A region ("the gulf trip") is not a name the articles must hold: a report from one of its countries
                // is about it without naming it.
                bool region = place && Text.Regions.Is(placeAt.Name!);
                if (((char.IsUpper(word[0]) && !char.IsDigit(word[0])) || demonym is not null || place || identity is not null) && !region)
                {
                    names.Add(groups.Count);
                }
                else if (!Text.Figures.IsNumber(word) && !Text.Lexicon.QuestionCues.Contains(word) && !Text.Lexicon.Particles.Contains(word.ToLowerInvariant())
                    && EventNounNext.IsMatch(text.AsSpan(m.Index + m.Length)))
                {
                    qualifiers.Add(groups.Count);
                }

                groups.Add(new TermGroup(word.ToLowerInvariant(), terms, 1f));
            }

            if (groups.Count >= 64)
            {
                groups.RemoveRange(64, groups.Count - 64);
                break;
            }
        }

        List<string> counted = type == QuestionType.HowMany ? CountedWords(asked, groups, names) : [];
        // "where was the minister when she said the dam talks would resume?" asks where the saying was made: the event
        // the saying tells of is not the one asked about.
        Match statement = type == QuestionType.Where ? StatementPlaceQuestion.Match(asked) : Match.Empty;
        string main = statement.Success ? asked[..statement.Groups["verb"].Index] : asked;
        // "the border summit in may - when did it take place?": the event the question asks about is the one its topic
        // names.
        string about = lead.Success ? lead.Value + " " + main : main;
        // How a vote came out, or the votes cast; not what someone said of it.
        bool votable = type is QuestionType.Other or QuestionType.WhatAgreed or QuestionType.HowMany && !statement.Success && SpeakerQuestion.Match(asked) is not { Success: true };
        bool asksVoteCount = votable && VoteCountQuestion().IsMatch(asked);
        bool asksVote = asksVoteCount || (votable && VoteResultQuestion().IsMatch(asked));
        // "Who's the lawyer for the president?" asks for a lawyer: a calling that opens what is asked for comes first.
        string? askedCalling = type == QuestionType.Who ? CallingAsked(asked) : null;
        string? askedTitle = type == QuestionType.Who && askedCalling is null && TitleQuestion.Match(asked) is { Success: true } opening ? Text.RoleTitles.Find(asked[opening.Length..]) : null;
        string? deed = statement.Success || Reports(asked) ? null
            : UnplannedDeed(asked, StressedDeed(asked) ?? (type is QuestionType.YesNo or QuestionType.When && !DateWord.IsMatch(asked) ? DeedOf(asked, groups, names) : null));
        var analyzed = new AnalyzedQuestion(text, type, groups, ordinal) {
            AsksNewest = type == QuestionType.Latest || latest.Success,
            Names = names,
            // "What's the latest on the river treaty talks?" asks how a whole process stands, which newer reports
            // may name in other words; the words naming one event are for questions about that event.
            Qualifiers = type == QuestionType.Latest || latest.Success ? new HashSet<int>() : qualifiers,
            Focus = FocusOf(asked, groups, type, out string? subject),
            Subject = subject,
            Period = saidThen ? null : period?.Constraint,
            // "Where is the bank holding its 1989 annual meeting?": a year that names which event is asked about, in a
            // question not about the past, is one reports from before it can speak of.
            PeriodIsTarget = !saidThen && period is { } target && (TargetPreposition().IsMatch(text[..target.Start])
                || (Attributive().IsMatch(text[..target.Start]) && NounNext().IsMatch(text[target.End..]) && !target.Constraint.Relative
                    && target.Constraint is { First: { Month: 1, Day: 1 } first, Last: { Month: 12, Day: 31 } last } && first.Year == last.Year
                    && EventAnswerer.Tense(asked) != Events.EventStatus.Held)),
            AsksOutcome = AsksForOutcome(main, type),
            AsksHowItEnded = type is QuestionType.Other or QuestionType.WhatAgreed && HowItEnded().IsMatch(main),
            Tense = statement.Success ? null : EventAnswerer.Tense(asked),
            Side = SideOf(asked),
            Places = placed.Select(p => p.Name).ToHashSet(StringComparer.Ordinal),
            Located = LocatedPlaces(text, placed),
            NamesEvent = Events.EventExtractor.MentionsEvent(about),
            NamesMeeting = MeetingNoun.IsMatch(about),
            NumberedEvent = NumberedEventPhrase.Match(about) is { Success: true } numbered ? numbered.Value : null,
            AsksNext = NextEvent.IsMatch(main),
            LooksAhead = AheadWord().IsMatch(main),
            AsksStatementDate = type == QuestionType.When && StatementQuestion.IsMatch(asked),
            AsksStatementPlace = statement.Success,
            AsksDay = type == QuestionType.When && DayQuestion().IsMatch(asked),
            AsksClockTime = type == QuestionType.When && ClockQuestion().IsMatch(asked),
            AsksHowSoon = type == QuestionType.When && HowSoon().IsMatch(asked),
            AsksWillDo = type == QuestionType.YesNo && WillAsked().IsMatch(asked),
            AsksAhead = type == QuestionType.When && (HowSoon().IsMatch(asked) || AnyDate().IsMatch(asked)),
            AsksStart = type == QuestionType.When && SinceWhen().IsMatch(asked),
            Speaker = (type is QuestionType.Other or QuestionType.WhatAgreed && SpeakerQuestion.Match(asked) is { Success: true } spoke ? spoke
                    : type is QuestionType.Other or QuestionType.WhatAgreed or QuestionType.HowMany or QuestionType.HowLong
                        && SpeakerOfAFact.Match(asked) is { Success: true } told && SpokenBy(told) && !Plural().IsMatch(told.Groups["who"].Value.Split(' ')[^1]) ? told
                    : type is QuestionType.YesNo && SpeakerYesNo.Match(asked) is { Success: true } said && SpokenBy(said) ? said : statement)
                is { Success: true } speaking && speaking.Groups["who"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: <= 4 } who
                && who[^1].Trim('\'', '.') is { Length: > 1 } speaker && !StopWords.Contains(speaker) ? speaker.ToLowerInvariant() : null,
            NamesReporting = Reports(asked),
            AsksForDate = type == QuestionType.YesNo && DateWord.IsMatch(asked),
            AsksMention = type == QuestionType.YesNo && MentionQuestion().IsMatch(asked),
            // "Who became prime minister?" asks for the title's holder, which the report may give in any words.
            WhoDeed = type != QuestionType.Who || askedTitle is not null ? null
                : (WhoDid().Match(asked) is { Success: true } did ? did.Groups["verb"].Value : WhichPersonDid(asked)) is { } verb
                    && (verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || Text.IrregularVerbs.IsPastForm(verb)) && Doing(verb) ? verb.ToLowerInvariant()
                : WhoWasDone().Match(asked) is { Success: true } whom && (StressedDeed(asked) ?? DoneTo(asked[whom.Length..], groups, names)) is { } done && Doing(done) ? done.ToLowerInvariant()
                : null,
            AskedRole = RoleQuestion.Match(asked) is { Success: true } role ? Text.RoleVerbs.Role(role.Groups["verb"].Value) : null,
            AskedTitle = askedTitle,
            TitleBody = askedTitle is null ? null : TitleBody(asked, placed.Select(p => p.Name)),
            CauseOf = type == QuestionType.Why ? ThingCaused(asked) : null,
            AskedCalling = askedCalling,
            // A figure that sets the scene ("for the 15th time in 16 years. How many ...?") is not one the reports must state.
            Figures = FiguresIn(text, period is { } named ? (named.Start, named.End) : null, leadIn, shortYears),
            AsksLeader = type == QuestionType.Who && AnswerFacts.Leading().IsMatch(WithoutAskedKind(asked)),
            AsksDoer = type == QuestionType.Who && DoerAsked(asked),
            NameKind = type is not (QuestionType.Other or QuestionType.Who) ? null
                : WhichThing().Match(asked) is { Success: true } which ? KindHead(asked, which.Groups["kind"]).ToLowerInvariant()
                : NamedKind(asked),
            AsksCalled = type is QuestionType.Other or QuestionType.Who && !WhichThing().IsMatch(asked) && CalledToBeQuestion().IsMatch(asked) && NamedKind(asked) is not null,
            AsksBodyName = type is QuestionType.Other && WhichKind().Match(asked) is { Success: true } bodyKind && KindNamed(asked[(bodyKind.Index + bodyKind.Length)..], Text.Lexicon.BodyKinds),
            PlaceKind = type == QuestionType.Where && KindOfPlace().Match(asked) is { Success: true } kind ? Events.PlaceKinds.Of(kind.Groups["kind"].Value)
                : type is QuestionType.Who or QuestionType.Other && CountriesAsked().IsMatch(asked) ? Events.PlaceKind.Country : null,
            StressesDone = DoneStress().IsMatch(asked),
            AsksState = type == QuestionType.YesNo && StateQuestion().IsMatch(asked),
            AsksYet = type == QuestionType.YesNo && YetQuestion().IsMatch(asked),
            Deed = deed,
            Doer = type == QuestionType.YesNo && deed is not null ? DoerOf(asked, deed, groups, names) : null,
            AsksReaction = type is QuestionType.Other or QuestionType.WhatAgreed && ReactionQuestion().IsMatch(asked),
            AsksConcern = type is QuestionType.Other or QuestionType.WhatAgreed && ConcernQuestion().IsMatch(asked),
            AsksResponse = type == QuestionType.YesNo && !DateWord.IsMatch(asked) && Events.EventExtractor.StatusOf(asked) != Events.EventStatus.Planned && (Text.Lexicon.AnyIn(Text.Lexicon.ResponseVerbs, asked) || ResponsePhrase().IsMatch(asked)),
            // "What was the vote count?" asks how the vote went, which a report seldom calls a count.
            Attribute = type == QuestionType.Other && !asksVote && AttributeQuestion().Match(asked) is { Success: true } property
                && property.Groups["word"].Value is var attribute && !StopWords.Contains(attribute) && !Text.Lexicon.OpenAttributes.Contains(attribute)
                    ? attribute.ToLowerInvariant() : null,
            Measured = type == QuestionType.HowMany && MeasuredWord().Match(asked) is { Success: true } measured
                && !StopWords.Contains(measured.Groups["word"].Value) ? measured.Groups["word"].Value.ToLowerInvariant() : null,
            AsksAmount = type == QuestionType.HowMany && (AmountQuestion().IsMatch(asked) || PriceQuestion().IsMatch(asked)),
            AsksAge = AgeQuestion().IsMatch(asked),
            AsksVoteResult = asksVote,
            AsksVoteCount = asksVoteCount,
            Counted = counted,
            Identity = identity,
            AsksOccurred = type == QuestionType.YesNo && Occurrence.IsMatch(asked),
            CountedDeed = type == QuestionType.HowMany ? CountedDeed(asked, groups, names) : null,
            WhatDeed = type == QuestionType.Other && WhatDid().Match(asked) is { Success: true } what ? WhatDone(asked, what.Index + what.Length, groups, names) : null,
            Valued = type == QuestionType.HowMany ? ValuedThing(asked, groups, names) : null,
            WhenDeed = type == QuestionType.When && !StatementQuestion.IsMatch(asked) && WhenDid().Match(asked) is { Success: true } when ? WhenDone(asked, when.Index + when.Length, groups, names) : null,
            Figure = type == QuestionType.HowMany ? FigureAsked(asked, counted) : null,
            IdentifierOf = type == QuestionType.HowMany && IdentifierQuestion().Match(asked) is { Success: true } identifier
                ? identifier.Groups["thing"].Value.ToLowerInvariant() : null,
            PerUnit = type == QuestionType.HowMany ? PerUnitOf(asked) : null,
            AsksDecidedTo = type == QuestionType.YesNo && DecideTo().IsMatch(asked),
            // Words quoted in a statement that sets the scene were said by someone, not asked about. A comma or a stop
            // set inside the quotation marks ("“bankrupt,” according to ...") belongs to the question.
            Quoted = [.. QuotedWords().Matches(asked).Select(m => m.Groups["words"].Value.Trim().TrimEnd(',', '.', ';', ':', '!', '?')).Where(w => w.Length > 0)],
            DurationUnit = type == QuestionType.HowLong && AskedTimeUnit().Match(asked) is { Success: true } unit ? Unit(unit.Groups["unit"].Value) : null,
        };

        // The places of the kind asked for that the question itself names, by any of its words or their concepts
        // ("us": the United States): none of them answers it.
        return analyzed.PlaceKind is not { } placeKind ? analyzed : analyzed with
        {
            PlacesNamed = Events.PlaceKinds.InQuestion(placeKind, text)
                .Concat(groups.SelectMany(g => g.Terms).SelectMany(t => Events.PlaceKinds.Find(placeKind, t.Text)))
                .ToHashSet(StringComparer.Ordinal),
        };
    }

    /// <summary>The units of a length of time a question asks "how many" of ("how many hours": how long).</summary>
    private const string TimeUnits = "seconds|minutes|hours|days|nights|weeks|months|years";

    /// <summary>
    /// Whether the words after a kind asked for ("which city ...", "which engine ...") go on with a noun it is part of: a
    /// word that is no function word, adverb, contraction or verb form, followed by a verb ("brokerage confirmed",
    /// "workers went", "maker did"). "Which city held ...?", "which country also signed ...?" and "which port did ...?"
    /// ask for a place.
    /// </summary>
    private static bool KindInCompound(string rest)
    {
        var words = Word().Matches(rest).Take(2).Select(w => w.Value).ToList();
        if (words.Count < 2 || !rest.TrimStart().StartsWith(words[0], StringComparison.Ordinal))
        {
            return false;
        }

        static bool VerbLike(string w) => Auxiliary().IsMatch(w) || Text.IrregularVerbs.IsPastForm(w.ToLowerInvariant())
            || w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || w.EndsWith("n’t", StringComparison.OrdinalIgnoreCase);
        string next = words[0];
        return !VerbLike(next) && !StopWords.Contains(next.ToLowerInvariant()) && !Adverb().IsMatch(next)
            && !next.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && VerbLike(words[1]);
    }

    [GeneratedRegex(@"^(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|should|may|might|must|didn|doesn|don|hasn|haven|hadn|isn|wasn|weren|won)$", RegexOptions.IgnoreCase)]
    private static partial Regex Auxiliary();

    /// <summary>
    /// The noun that heads the kind "which ...?" asks for, past a noun that describes it ("which donor countries
    /// pledged": countries; "which engine maker did": maker); the kind's first word when no verb ends a compound, or
    /// when it is a possessive ("which country's ships": the country).
    /// </summary>
    private static string KindHead(string asked, Group kind)
    {
        int end = kind.Index + kind.Length;
        string head = kind.Value;
        if (asked.AsSpan(end).StartsWith("’", StringComparison.Ordinal) || head.EndsWith("'s", StringComparison.OrdinalIgnoreCase))
        {
            return head;
        }

        for (int step = 0; step < 2 && KindInCompound(asked[end..]); step++)
        {
            Match next = Word().Match(asked, end);
            head = next.Value;
            end = next.Index + next.Length;
        }

        return head;
    }

    [GeneratedRegex(@"^(?:also|first|never|then|later|now|just|still|already|ever|finally|recently|last|again|actually|really|eventually|not|\p{L}+ly)$", RegexOptions.IgnoreCase)]
    private static partial Regex Adverb();

    /// <summary>The kinds of place "which ...?" asks for ("which city": where).</summary>
    private const string PlaceKinds = "city|town|village|country|nation|state|province|region|county|island|port|place|venue|capital|location";

    /// <summary>Whether a noun asks for places ("which countries", "which city"), in the singular or the plural.</summary>
    public static bool AsksPlaces(string kind) => PlaceKindWord().IsMatch(kind);

    [GeneratedRegex(@"^(?:" + PlaceKinds + @")(?:s|es)?$|^(?:citi|counti|countri)es$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceKindWord();

    /// <summary>
    /// What a word between an interrogative and the noun it asks about must not be ("which <i>southeast Asian</i>
    /// country", not "which is the country"): an auxiliary, an article or "of".
    /// </summary>
    private const string QualifyingWord = @"(?!(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could|the|a|an|of)\b)";

    /// <summary>The kind of place "which ...?" asks for, after up to two words qualifying it ("which southeast Asian country").</summary>
    [GeneratedRegex(@"\b(?:what|which)\s+(?:" + QualifyingWord + @"[\p{L}-]+\s+){0,2}?(?<kind>" + PlaceKinds + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex KindOfPlace();

    /// <summary>
    /// "Will ...?", "won't ...?", "is ... going to / gonna ...?": a question, by how it opens, on what is to be done; not
    /// "did they respect the will of the people?" nor "did he end up going to Geneva?".
    /// </summary>
    [GeneratedRegex(@"^\W*(?:will|shall|won['’]t)\b|^\W*(?:is|are|am|isn['’]t|aren['’]t)\b.*\b(?:going\s+to|gonna)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WillAsked();

    /// <summary>
    /// The places a question puts what it asks about in (<see cref="AnalyzedQuestion.Located"/>): those it names right
    /// after "in" or "at", by any of their names ("in swiss hands": Switzerland), and the places it names that are no
    /// country by any of its names. A city named there is that city, not the country it is the capital of.
    /// </summary>
    private static HashSet<string> LocatedPlaces(string text, List<(int Start, int End, string Name)> placed)
    {
        var located = placed
            .Where(p => PutIn().IsMatch(text.AsSpan(0, p.Start)) || !Events.PlaceKinds.IsCountry(p.Name))
            .Select(p => p.Name)
            .ToHashSet(StringComparer.Ordinal);
        // A place the gazetteer names there stands as named ("in Vienna" is not all of Austria).
        foreach (Match at in PutInWords().Matches(text).Where(m => !placed.Any(p => p.Start == m.Groups["first"].Index)))
        {
            string first = at.Groups["first"].Value;
            string both = at.Groups["second"].Success ? first + " " + at.Groups["second"].Value : first;
            var countries = Events.PlaceKinds.InQuestion(Events.PlaceKind.Country, both).ToList();
            located.UnionWith(countries.Count > 0 || both == first ? countries : Events.PlaceKinds.InQuestion(Events.PlaceKind.Country, first));
        }

        return located;
    }

    /// <summary>"in ", "at the ": words right before the place something is put in.</summary>
    [GeneratedRegex(@"\b(?:in|at)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PutIn();

    /// <summary>"in swiss", "at the south korean": the one or two words after "in" or "at" that may name a country.</summary>
    [GeneratedRegex(@"\b(?:in|at)\s+(?:the\s+)?(?<first>[\p{L}'’-]+)(?:\s+(?<second>[\p{L}'’-]+))?", RegexOptions.IgnoreCase)]
    private static partial Regex PutInWords();

    /// <summary>
    /// "Which countries ...?", "what nations ...?", "which country's envoy ...?": countries asked for by name, whoever the
    /// question asks about in them; after up to two words qualifying them ("which member countries"), but not within a
    /// name ("which United Nations agency") nor after words that point at countries already named ("what these
    /// countries agreed"). A country asked for alone ("which country ...?") is asked where.
    /// </summary>
    [GeneratedRegex(@"\b(?:what|which)\s+(?:(?!(?:united|these|those|both|all|such|each|their|our|its|his|her)\b)" + QualifyingWord + @"[\p{L}-]+\s+){0,2}?(?:countries|nations|country['’]s|nation['’]s)(?![\p{L}-])", RegexOptions.IgnoreCase)]
    private static partial Regex CountriesAsked();

    /// <summary>The words that open a question: interrogatives and the auxiliaries of a yes-no question.</summary>
    private const string QuestionOpeners = "when|where|who|whom|whose|what|which|how|why|did|does|do|is|are|was|were|has|have|had|will|can|could|would|should|any";

    /// <summary>
    /// A few words set off before the question itself ("any update -", "hey bot,", "quick one:"): they say how to
    /// answer, and the question that follows says what is asked. A longer topic set off by a dash or a colon
    /// ("the writers' strike in march - which networks were hit?") names what the question is about; its words stay
    /// concepts, but the question after it is the one read for what is asked. A question does not open a topic. The
    /// question may open with a preposition ("the rounds - since when ...?", "the summit - in which city ...?").
    /// </summary>
    [GeneratedRegex(LeadInWords + @"(?=(?:(?:since|until|till|for|in|from|to|by|at|with)\s+)?(?:" + QuestionOpeners + @")\b)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadIn();

    /// <summary>
    /// A lead-in followed by up to two words and a question ("the port talks - so who did they send?"): a lead-in
    /// when those words only carry the conversation on.
    /// </summary>
    [GeneratedRegex(LeadInWords + @"(?=(?:\p{L}+[\s,]+){1,2}(?:" + QuestionOpeners + @")\b)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadInCarriedOn();

    /// <summary>The words of a lead-in and the mark that sets them off.</summary>
    private const string LeadInWords = @"^\s*(?:(?:[\p{L}'’]+\s+){0,3}[\p{L}'’]+\s*(?:[-–—:,;]|\.\.\.?)|(?<topic>(?!(?:" + QuestionOpeners + @")\b)(?:" + TopicWord + @"\s+){0,11}" + TopicWord + @"\s*(?:\s-|[–—:]))|" + StatusRequest + @")\s*";

    /// <summary>
    /// A request for news of a topic, asked before a question of its own ("any update on the port strike? how many
    /// dockers are out?", "latest on the merger? when do shareholders vote?"): the topic names what is asked about, and
    /// the question after it says what is asked.
    /// </summary>
    private const string StatusRequest = @"(?<topic>(?:any\s+(?:updates?|news|word|progress)|(?:what['’]?s\s+)?(?:the\s+)?latest)\s+(?:on|about|re|regarding|with|from)\s+(?:" + TopicWord + @"\s+){0,11}" + TopicWord + @"\s*\?)";

    /// <summary>
    /// How long the lead-in set off before the question is, with the words after it that only carry the conversation
    /// on (from <paramref name="carriedFrom"/>); 0 when there is none.
    /// </summary>
    private static int LeadInLength(string text, out Match lead, out int carriedFrom)
    {
        lead = LeadIn().Match(text);
        carriedFrom = lead.Length;
        if (lead.Success)
        {
            return lead.Length;
        }

        Match carried = LeadInCarriedOn().Match(text);
        if (carried.Success && CarriedOn(text[carried.Length..]) is > 0 and var markers)
        {
            lead = carried;
            carriedFrom = carried.Length;
            return carried.Length + markers;
        }

        lead = Match.Empty;
        return 0;
    }

    /// <summary>A word of a topic: letters and digits, with the marks names and shorthand carry ("o'brien's", "ec/us", "u.s.").</summary>
    private const string TopicWord = @"[\p{L}\p{N}'’&/.+-]*[\p{L}\p{N}'’]";

    /// <summary>
    /// How much of the text opens it with words that only carry the conversation on ("so did ...", "ok and when ..."),
    /// when a question opens after them; 0 when none do.
    /// </summary>
    private static int CarriedOn(string text)
    {
        int at = 0;
        for (Match word = OpeningWord().Match(text); word.Success && Text.Lexicon.DiscourseMarkers.Contains(word.Groups["word"].Value); word = OpeningWord().Match(text, at))
        {
            at = word.Index + word.Length;
        }

        return at > 0 && Opener().IsMatch(text.AsSpan(at)) ? at : 0;
    }

    /// <summary>A word and the spaces or commas after it, where the last one ended.</summary>
    [GeneratedRegex(@"\G\s*(?<word>\p{L}+)[\s,]+")]
    private static partial Regex OpeningWord();

    /// <summary>"any date", "any new start date": a question for whether, and which, date has been set.</summary>
    [GeneratedRegex(@"^\s*any\s+(?:[\p{L}-]+\s+){0,2}?(?<noun>date|dates|deadline|timetable)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnyDate();

    /// <summary>A word that opens a question.</summary>
    [GeneratedRegex(@"^(?:" + QuestionOpeners + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex Opener();

    /// <summary>
    /// A period named from the day of asking ("this week", "last month", "recently", "two days ago"), not from
    /// something else the question tells of ("the following week").
    /// </summary>
    [GeneratedRegex(@"^(?:this|last|past|next|coming|current)\b|\b(?:recently|lately|today|tonight|yesterday|tomorrow|ago)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Deictic();

    /// <summary>"say yes to", "say no to", "take the offer", "take up the union's proposal": answering an offer in other words.</summary>
    [GeneratedRegex(@"\bsay\s+(?:yes|no)\b|\btake\s+(?:up\s+)?(?:\p{L}+['’]?s?\s+){0,3}?(?:offer|proposal|bid|deal|terms)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ResponsePhrase();

    /// <summary>"How did X take/react to ...?", "what was X's reaction to ...?", "what did X make of ...?".</summary>
    [GeneratedRegex(@"^\s*how\s+(?:did|does|do|has|have|is|are|was|were|will|would)\b.*\b(?:take|took|taken|react|reacted|respond|responded|receive|received|view|viewed|feel|felt|greet|greeted)\b|\b(?:reaction|response)\s+(?:to|of|from)\b|^\s*what\s+did\s+.+\s+make\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReactionQuestion();

    /// <summary>
    /// "What is Bonn still worried about?", "what are the union's main concerns?", "what's the sticking point?", "what
    /// does Oslo object to?": what worries someone is asked for.
    /// </summary>
    [GeneratedRegex(@"^\W*what\b[^?]*?\b(?:worried|concerned|unhappy|upset|uneasy|anxious|nervous|afraid|complaining|grumbling)\s+(?:about|over|with|by|at|regarding)\b|^\W*what(?:'s|\s+(?:is|are|was|were))\s+(?:\S+\s+){0,3}?(?:(?:main|biggest|key|chief|remaining|real)\s+)?(?:concerns?|worry|worries|fears?|objections?|complaints?|grievances?|reservations|misgivings|qualms|sticking[\s-]+points?)\b|^\W*what\s+(?:does|do|did)\s+(?:\S+\s+){1,4}?object\s+to\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConcernQuestion();

    /// <summary>
    /// "What's Chile's population?", "what is the population of Chile?", "what was turnout in the by-election?": a
    /// question for the value of one property of something, the property's head word as <c>word</c>.
    /// </summary>
    [GeneratedRegex(@"^\s*what(?:['’]?s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?(?:(?:[\p{L}.-]+\s+)?[\p{L}.-]+['’]s\s+(?:[\p{L}-]+\s+)?(?<word>[\p{L}-]+)|(?:[\p{L}-]+\s+)?(?<word>[\p{L}-]+)\s+of\s+(?:the\s+)?[\p{L}.-]+(?:\s+[\p{L}.-]+)?)\s*\??\s*$|^\s*what(?:['’]?s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?<word>[\p{L}-]+(?<!ed|en|said|told|done|made))\s+(?:in|at|for|during)\s+(?:the|that|this|their|its|last)\s", RegexOptions.IgnoreCase)]
    private static partial Regex AttributeQuestion();

    /// <summary>
    /// The kind of thing whose name a question asks for in words other than "which": "what is the name of the new
    /// vessel?", "what was the ferry's name?", "what was the storm called?", "a dance known as what ...?". Null when the
    /// question asks no name, or the words before the one asked about are a name themselves ("the name of Jon's dog" asks
    /// for the dog's).
    /// </summary>
    internal static string? NamedKind(string question)
    {
        string? phrase = KindNameQuestion().Match(question) is { Success: true } nameOf ? nameOf.Groups["phrase"].Value
            : CalledQuestion().Match(question) is { Success: true } called ? called.Groups["phrase"].Value
            : CalledToBeQuestion().Match(question) is { Success: true } toBe ? toBe.Groups["phrase"].Value
            : null;
        if (phrase is null)
        {
            return null;
        }

        var words = WordsOf(phrase).TakeWhile(w => !ClauseOpener().IsMatch(w)).ToList();
        return words.Count is > 0 and <= 5 && Possessed(words[^1]) == words[^1] && words[^1].All(char.IsLower) && !StopWords.Contains(words[^1])
            ? words[^1]
            : null;
    }

    /// <summary>"What is the name of ...", "what's the name for ...", "what was the ... 's name".</summary>
    [GeneratedRegex(@"\bwhat(?:['’]?s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?names?\s+(?:of|for)\s+(?<phrase>[^?,;]+)|\bwhat(?:['’]?s|\s+is|\s+was)\s+(?<phrase>(?:the|this|that|its|their|his|her)\s+[^?,;]+?)['’]s?\s+name\b", RegexOptions.IgnoreCase)]
    private static partial Regex KindNameQuestion();

    /// <summary>"What was the storm called?", "a dance known as what", "the ship named what".</summary>
    [GeneratedRegex(@"\bwhat(?:['’]?s|\s+is|\s+was|\s+are|\s+were)\s+(?<phrase>(?:the|this|that|its|their|his|her)\s+[^?,;]+?)\s+(?:called|named|dubbed|known\s+as)\s*\??\s*$|^(?:\p{L}+\s+)?(?<phrase>(?:[\p{L}-]+\s+){1,3}?)(?:known\s+as|called|named|dubbed)\s+what\b", RegexOptions.IgnoreCase)]
    private static partial Regex CalledQuestion();

    /// <summary>
    /// "what is kroll's ferry going to be called", "what will the ferry be named?", "what will kroll name its new
    /// ferry?", "what did the yard name the ship?": the name a thing is given, the thing named after a determiner or an
    /// owner.
    /// </summary>
    [GeneratedRegex(@"\bwhat(?:['’]?s|\s+is|\s+are|\s+will)\s+(?<phrase>(?:(?:the|this|that|its|their|his|her)\s+|[\p{L}-]+['’]s\s+)[^?,;]+?)\s+(?:(?:gonna|going\s+to|to|will)\s+be\s+|be\s+)(?:called|named|dubbed|known\s+as)\s*\??\s*$|\bwhat(?:['’]?s|\s+is|\s+are|\s+will|\s+did|\s+does|\s+do)\s+[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+)?\s+(?:going\s+to\s+|gonna\s+)?(?:call|name|dub)\s+(?<phrase>(?:the|its|their|his|her|this|that)\s+[^?,;]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CalledToBeQuestion();

    /// <summary>"Which landmark ...?", "which of the ministers ...": the answer is one of a kind of thing, named.</summary>
    [GeneratedRegex(@"\bwhich\s+(?!(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could|should|may|might)\b)(?<kind>\p{L}[\p{L}'-]*)", RegexOptions.IgnoreCase)]
    private static partial Regex WhichThing();

    /// <summary>
    /// The figures a question states about what it asks ("the 12hr talks", "the 5 pct cut"), as digits: the reports
    /// that answer it give them too. Numbers inside a name ("G7", "F-16"), years (also typed with two digits: "the 87
    /// budget") and the period the question names are not such figures.
    /// </summary>
    private static IReadOnlyList<string> FiguresIn(string text, (int Start, int End)? period, int from, IReadOnlySet<int> shortYears)
    {
        var figures = new List<string>();
        foreach (Match m in StatedFigure().Matches(text, from))
        {
            string digits = m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal);
            bool inPeriod = period is { } p && m.Index >= p.Start && m.Index < p.End;
            bool year = (digits.Length == 4 && int.TryParse(digits, out int y) && y is >= 1800 and <= 2199) || shortYears.Contains(m.Index);
            if (!inPeriod && !year && !figures.Contains(digits))
            {
                figures.Add(digits);
            }
        }

        return figures;
    }

    /// <summary>
    /// The word for the deed a yes-no question asks was done: after "has/have/had", the last past participle before
    /// what it is done to ("have flights resumed?", "has Kroll launched its Nordby-built ferry?"), and in the passive
    /// ("has the deal been restored?", "were the crews released?") the last; after "did", the first word that is
    /// neither a name nor part of its subject ("did the US return the properties?"). Null when the question asks no such
    /// thing.
    /// </summary>
    private static string? DeedOf(string text, List<TermGroup> groups, HashSet<int> names)
    {
        Match opening = DoneQuestion().Match(text);
        if (!opening.Success)
        {
            return null;
        }

        var words = Word().Matches(text[opening.Length..]).Select(m => m.Value).ToList();
        bool Content(string w) => groups.FindIndex(g => g.Key.Equals(w, StringComparison.OrdinalIgnoreCase)) is var g and >= 0 && !names.Contains(g)
            && Text.Ordinals.Value(w) == 0 && !DoneStress().IsMatch(w);
        bool PhrasalVerb(string w) => GroupOfVerb(groups, w) is var g and >= 0 && groups[g].Key.Contains(' ', StringComparison.Ordinal) && !names.Contains(g);
        if (!opening.Groups["aux"].Value.Equals("did", StringComparison.OrdinalIgnoreCase))
        {
            // The participle before what the deed is done to ("has Kroll launched its Nordby-built ferry"), else the
            // last; in the passive always the last, past any participle that describes the subject ("has the deal
            // agreed in Oslo been ratified", "were the crews held in Varberg released").
            bool Done(string w) => (Content(w) || PhrasalVerb(w)) && (Participle().IsMatch(w) || Text.IrregularVerbs.IsPastForm(w))
                && !Text.Lexicon.ObjectPrepositions.Contains(w);
            bool passive = opening.Groups["aux"].Value.StartsWith("w", StringComparison.OrdinalIgnoreCase)
                || words.Contains("been", StringComparer.OrdinalIgnoreCase);
            (var subjectAndDeed, int objectAt) = SubjectAndDeed(words);
            return (!passive && objectAt > 0 ? subjectAndDeed.Take(objectAt).LastOrDefault(Done) : null) ?? words.LastOrDefault(Done);
        }

        // After "did", the subject comes first and the deed ends it, before its object or a particle ("did ig metall
        // take the offer", "did the US return the properties"); with neither, the word after a one-word subject. A
        // verb that opens a phrase of the question is the deed ("did the creditors sign off").
        // After "did" the verb is bare: a word that reads as a plural ("sanctions", "talks") is its object, and a
        // preposition opens a phrase of the subject ("did flights between the two capitals resume").
        bool Verb(string w) => ((Content(w) && !Plural().IsMatch(w) && !char.IsDigit(w[0])) || groups.Any(g => g.Key.StartsWith(w + " ", StringComparison.OrdinalIgnoreCase)))
            && !ObjectStart().IsMatch(w) && !Text.Lexicon.ObjectPrepositions.Contains(w) && !PersonalPronoun().IsMatch(w);
        (var rest, int boundary) = SubjectAndDeed(words);
        // A verb that says little alone right before its object is the deed ("did the union get its order", not "did
        // they have to pay"); so is a verb of giving before the one it gives to ("did the court grant Kroll the hearing").
        if (boundary > 1 && Text.Lexicon.LightVerbs.Contains(rest[boundary - 1]) && Determiner().IsMatch(rest[boundary]))
        {
            return rest[boundary - 1];
        }

        if (boundary > 2 && Text.Lexicon.GivingVerbs.Contains(rest[boundary - 2]) && Determiner().IsMatch(rest[boundary]))
        {
            return rest[boundary - 2];
        }

        return boundary > 0 && rest.Take(boundary).Skip(1).LastOrDefault(Verb) is { } deed
            ? deed
            : boundary == 1 && Content(rest[0]) ? rest[0]
            : rest.Skip(Math.Max(boundary, 1)).FirstOrDefault(Verb) ?? rest.Skip(1).FirstOrDefault(Content);
    }

    /// <summary>
    /// Who a "did ...?" or "has ...?" question asks did the deed, when a word for a body heads its subject ("did the
    /// cabinet approve the contract?", "has the parliament approved it?", "did the shareholders back the merger?") or
    /// the subject is one word that may be a name ("did kroll attend?"). Null for a pronoun, a word for a person, a
    /// place, a body's word that only describes another noun, or a subject the question does not separate from its deed.
    /// A "was ...?" question asks of what was done, not who did it.
    /// </summary>
    private static string? DoerOf(string asked, string deed, List<TermGroup> groups, HashSet<int> names)
    {
        Match opening = DoneQuestion().Match(asked);
        if (!opening.Success || opening.Groups["aux"].Value.ToLowerInvariant() is not ("did" or "has" or "have" or "had"))
        {
            return null;
        }

        (var words, _) = SubjectAndDeed(Word().Matches(asked[opening.Length..]).Select(m => m.Value));
        int at = words.Count < 2 ? -1 : words.FindIndex(1, w => w.Equals(deed, StringComparison.OrdinalIgnoreCase));
        // The subject's head is the word just before the deed, past any adverb ("did the assembly also pass it"); a
        // body's word before another noun only describes it ("did the union leader accept").
        int head = at - 1;
        while (head > 0 && Adverb().IsMatch(words[head]))
        {
            head--;
        }

        // A subject of one bare word that is no pronoun, no word for a person and no place may be a name ("did kroll
        // attend the talks?"), however it is written; whether the reports write it as one is for the answerer to see. A
        // country acts through its capital and its people, which a report may name instead, and a party through its
        // other names ("the kremlin" is Moscow); a party named as itself ("nato") is a doer.
        bool named = head == 0 && !PersonalPronoun().IsMatch(words[0]) && !IndefinitePronoun().IsMatch(words[0]) && !StopWords.Contains(words[0]) && !Text.Lexicon.PersonNouns.Contains(words[0])
            && words[0].All(char.IsLetter) && !Events.Places.Default.InQuestion(words[0]).Any()
            && !Events.Parties.Default.InQuestion(words[0]).Any(party => !party.Equals(words[0], StringComparison.OrdinalIgnoreCase));
        if (head < 0 || !(named || Text.Lexicon.ActingBodies.Contains(words[head])))
        {
            return null;
        }

        int g = groups.FindIndex(group => group.Key.Equals(words[head], StringComparison.OrdinalIgnoreCase));
        return g >= 0 && (named || !names.Contains(g)) ? groups[g].Key : null;
    }

    /// <summary>
    /// The index of the group for a verb: the group of the word itself, or of a phrasal verb it opens in any of its forms
    /// ("handed" and "hand" for "hand back", "called" for "call off"); -1 when there is none.
    /// </summary>
    internal static int GroupOfVerb(IReadOnlyList<TermGroup> groups, string word)
    {
        for (int g = 0; g < groups.Count; g++)
        {
            if (groups[g].Key.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return g;
            }
        }

        // The word as written and the bases it may be a form of: "given" and "give", "stepped" and "step", "carried" and "carry".
        string w = word.ToLowerInvariant();
        string[] forms = Text.IrregularVerbs.BaseOf(w) is { } irregular ? [w, irregular]
            : w.EndsWith("ied", StringComparison.Ordinal) ? [w, w[..^3] + "y"]
            : w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4 && w[^3] == w[^4] ? [w, w[..^3], w[..^2]]
            : w.EndsWith("ed", StringComparison.Ordinal) ? [w, w[..^2], w[..^1]]
            : [w];
        var openings = forms.Where(f => f.Length > 1).Select(f => f + " ").ToArray();
        for (int g = 0; g < groups.Count; g++)
        {
            if (openings.Any(opening => groups[g].Key.StartsWith(opening, StringComparison.OrdinalIgnoreCase)))
            {
                return g;
            }
        }

        return -1;
    }

    /// <summary>
    /// The deed, unless the question up to it asks about a plan ("when will flights resume?", "do they plan to sign?",
    /// "is it due to expire?"): a plan named after it is what the deed is done to ("did they drop the plan to build it?").
    /// </summary>
    private static string? UnplannedDeed(string asked, string? deed)
    {
        if (deed is null)
        {
            return null;
        }

        Match at = Regex.Match(asked, $@"\b{Regex.Escape(deed)}(?:\s+to)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        string upTo = at.Success ? asked[..(at.Index + at.Length)] : asked;
        return Events.EventExtractor.StatusOf(upTo) == Events.EventStatus.Planned ? null : deed;
    }

    /// <summary>A word ending in a single "s" after a letter other than "s", "u" or "i": a plural noun, not a bare verb ("discuss", "focus").</summary>
    [GeneratedRegex(@"^\p{L}+[^sui\W]s$", RegexOptions.IgnoreCase)]
    private static partial Regex Plural();

    /// <summary>
    /// The words after "did" without a leading determiner, and where what the deed is done to begins ("the", "to", "as"
    /// after the first word); -1 when nothing marks it.
    /// </summary>
    private static (List<string> Words, int Boundary) SubjectAndDeed(IEnumerable<string> afterDid)
    {
        var words = afterDid.SkipWhile(w => Determiner().IsMatch(w)).ToList();
        return (words, words.Count < 2 ? -1 : words.FindIndex(1, w => ObjectStart().IsMatch(w)));
    }

    /// <summary>
    /// The deed in "did the navy send ...", "did they sit down with ...": after the subject's first word, the last word
    /// for a concept (or the first of a phrase for one) before what the deed is done to. Null when there is none, or
    /// when a preposition left at the end goes with the verb into another meaning ("pin the failure on") that is not a
    /// phrase of its own.
    /// </summary>
    private static string? DoneTo(string text, List<TermGroup> groups, HashSet<int> names)
    {
        bool stranded = StrandedPreposition().IsMatch(text);
        (var words, int boundary) = SubjectAndDeed(Word().Matches(text).Select(m => m.Value).Skip(1));
        string? deed = null;
        foreach (string word in words.Take(boundary < 0 ? words.Count : boundary).Skip(1))
        {
            int g = groups.FindIndex(group => group.Key.Equals(word, StringComparison.OrdinalIgnoreCase) || group.Key.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase));
            if (g >= 0 && !names.Contains(g) && Text.Ordinals.Value(word) == 0)
            {
                deed = groups[g].Key;
            }
        }

        return stranded && deed?.Contains(' ', StringComparison.Ordinal) != true ? null : deed;
    }

    /// <summary>A preposition that ends a question, its object asked for ("who did they pin it on?").</summary>
    [GeneratedRegex(@"\b(?:on|upon|with|for|to|at|about|from|into|against|by|of|onto)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex StrandedPreposition();

    /// <summary>
    /// The word for what a question insists was done, right after its insistence and any auxiliary of the passive ("end
    /// up walking", "ever reply", "ever get settled", "actually been signed").
    /// </summary>
    private static string? StressedDeed(string asked)
    {
        if (DoneStress().Match(asked) is not { Success: true } stress)
        {
            return null;
        }

        int at = stress.Index + stress.Length;
        for (Match verb = Word().Match(asked, at); verb.Success && asked.AsSpan(at, verb.Index - at).IsWhiteSpace(); verb = Word().Match(asked, at))
        {
            if (!PassiveAuxiliary().IsMatch(verb.Value))
            {
                return StopWords.Contains(verb.Value) ? null : verb.Value;
            }

            at = verb.Index + verb.Length;
        }

        return null;
    }


    /// <summary>The auxiliaries of a passive or a perfect before the deed ("get settled", "been signed").</summary>
    [GeneratedRegex(@"^(?:get|gets|got|gotten|getting|be|been|being|have|has|had)$", RegexOptions.IgnoreCase)]
    private static partial Regex PassiveAuxiliary();

    /// <summary>"are ... again?", "can ... now?", "is it finalised?": a question on a state something done brings about.</summary>
    [GeneratedRegex(@"^\W*(?:is|are|can|could)\b.*\b(?:now|again|yet|already|any\s?more|finali[sz]ed|settled|in\s+place|in\s+force|back\s+(?:on|to|in))\b", RegexOptions.IgnoreCase)]
    private static partial Regex StateQuestion();

    /// <summary>"... yet?": whether something has been done by now ("yet another round" and "and yet" ask no such thing).</summary>
    [GeneratedRegex(@"(?<!\b(?:and|but)\s+)\byet\b(?!\s+(?:another|again|more|other)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex YetQuestion();

    /// <summary>"actually", "ever", "end up", "manage to", "in the end": the question insists on what was in fact done.</summary>
    [GeneratedRegex(@"\b(?:actually|really|ever|finally|eventually|end(?:ed)?\s+up|manage[sd]?\s+to|in\s+the\s+end)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoneStress();

    /// <summary>
    /// "Did ...", "has ...", "have ...", "had ...", "were ... given back": a yes-no question about something done;
    /// "when did ...": when it was done.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:when\s+)?(?<aux>did|has|have|had|was|were)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoneQuestion();

    /// <summary>
    /// A regular past participle ("fined", "hired"). One in "-en" is known only as an irregular verb's form ("taken",
    /// "given"), so a name that ends so ("Kroll Linden") or a verb's bare form ("widen") is none.
    /// </summary>
    [GeneratedRegex(@"ed$", RegexOptions.IgnoreCase)]
    private static partial Regex Participle();

    [GeneratedRegex(@"^(?:the|a|an|its|their|his|her|our|this|that|these|those)$", RegexOptions.IgnoreCase)]
    private static partial Regex Determiner();

    /// <summary>An indefinite pronoun: "anyone", "somebody", "none", "each", which names no one.</summary>
    [GeneratedRegex(@"^(?:(?:any|some|every|no)(?:one|body)|none|each|both|all|either|neither)$", RegexOptions.IgnoreCase)]
    private static partial Regex IndefinitePronoun();

    /// <summary>A personal pronoun, which is never the bare verb after "did" ("did talks between them and us resume").</summary>
    [GeneratedRegex(@"^(?:i|me|you|he|him|she|her|it|we|us|they|them)$", RegexOptions.IgnoreCase)]
    private static partial Regex PersonalPronoun();

    /// <summary>
    /// A word that opens what a verb is done to, where, when or as what ("the", "its", "it", "to", "in", "as", "up",
    /// "back", "after").
    /// </summary>
    [GeneratedRegex(@"^(?:the|a|an|its|their|his|her|our|this|that|these|those|any|some|it|them|him|to|in|on|at|as|with|for|from|into|over|up|out|back|off|by|about|after|before|since|until|once|because)$", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectStart();

    /// <summary>"how many hours", "for how many more days": the unit of the length of time asked for.</summary>
    [GeneratedRegex(@"\bhow many (?:more )?(?<unit>" + TimeUnits + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex AskedTimeUnit();

    /// <summary>A unit of time as one word: "nights" are counted as days, each other unit in the singular.</summary>
    private static string Unit(string plural) =>
        plural.ToLowerInvariant() is var unit && unit == "nights" ? "day" : unit.TrimEnd('s');

    /// <summary>
    /// Whether the place at <paramref name="start"/>..<paramref name="end"/> is named as where something happens: after
    /// "in", "at" or "to" ("talks in japan"), or before a noun naming an event ("the japan meeting").
    /// </summary>
    private static bool IsVenue(string text, int start, int end) =>
        VenuePreposition().IsMatch(text.AsSpan(0, start)) || EventNounNext.IsMatch(text.AsSpan(end));

    [GeneratedRegex(@"\b(?:in|at|to)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex VenuePreposition();

    /// <summary>A noun naming an event or a standing body right after a word ("copper <i>talks</i>", "the tin
    /// <i>council</i>"): the word says which one is meant.</summary>
    private static readonly Regex EventNounNext = new(@"^[\s-]+(?:" + Text.EventWords.Nouns + "|"
        + string.Join('|', Text.Lexicon.BodyNouns.Select(Regex.Escape)) + @")\b", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>
    /// "how much did they pay", "how much aid", "what will they pay": an amount of money or of something measured, not a
    /// count or a length of time.
    /// </summary>
    [GeneratedRegex(@"\bhow much\b(?!\s+(?:longer|later|earlier|sooner|time)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AmountQuestion();

    /// <summary>
    /// Right after "how much", an auxiliary, then within a few words a verb of gaining: "is Kroll getting", "did the
    /// yard receive". "How much oil did they get?" names what was got, and is no sum; "make" is left out, as most of
    /// what is made is no sum ("how much did it make a difference?").
    /// </summary>
    [GeneratedRegex(@"^\s+(?:is|are|was|were|will|would|did|does|do|has|have|had|could|can)\s+(?:[\w'’.&-]+\s+){1,5}?(?:get|gets|getting|got|gotten|receive|receives|received|receiving)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GainAsked();

    /// <summary>
    /// "How did the vote go?", "how did the vote on the bill go?", "hows the ratification vote going", "the result of the
    /// ballot": how a vote came out; "going to" asks of its effect, and the outcome of talks on voting rights is none.
    /// </summary>
    [GeneratedRegex(@"\bhow(?:'s|’s|s)?\s+(?:(?:did|does|do|has|have|had|was|were|is|will|would)\s+)?(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:vote|voting|ballot|balloting)(?:\s+(?:on|over|for|in|at|by)\s+[^?.,;]{1,60}?)?\s+(?:go|goes|going(?!\s+to\b)|gone|went|turn(?:ed)?\s+out|end(?:ed)?\s+up|come\s+out|came\s+out)\b|\b(?:vote|voting|ballot)\s+(?:results?|outcome)\b|\b(?:results?|outcome)\s+(?:of|in|from)\s+(?:the\s+)?(?:(?!(?:on|over|into|about|of|for)\b)[\p{L}'’-]+\s+){0,3}?(?:vote|voting|ballot)\b(?!\s+(?:rights|rigging|fraud|buying)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex VoteResultQuestion();

    /// <summary>
    /// "What was the vote count?", "the tally of the ballot", "how big was the yes vote?", "how many members voted
    /// against?": the votes cast, which only a count gives ("voted 543-21", "94 pct in favour"). "How many times ... voted"
    /// counts votes held, not votes cast.
    /// </summary>
    [GeneratedRegex(@"\b(?:vote|voting|ballot)\s+(?:counts?|tally|tallies|margin|split|breakdown|numbers|figures)\b|\b(?:tally|count|margin|breakdown)\s+(?:of|in|from)\s+(?:the\s+)?(?:(?!(?:on|over|into|about|of|for)\b)[\p{L}'’-]+\s+){0,3}?(?:vote|voting|ballot)\b|\bhow\s+(?:big|large|wide|strong|close|narrow)\s+(?:was|is|were|will\s+be)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?vote\b|\bhow\s+many\b(?!\s+times\b).*\b(?:voted|votes|ballots)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VoteCountQuestion();

    /// <summary>"How old ...?", "what age ...?", "at what age ...?".</summary>
    [GeneratedRegex(@"\bhow\s+old\b|\bwhat\s+age\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgeQuestion();

    /// <summary>
    /// "What will they pay ...?", "what did it cost?", "what does the post earn?": a price, wage or cost asked for with
    /// "what". Paying something off or back, a visit or attention, a noun ("the pay deal", "about pay"), what money was
    /// spent on and what someone was charged with are no price.
    /// </summary>
    [GeneratedRegex(@"^\W*(?:[^?]{0,80}?\s-\s+)?what\s+(?:will|would|did|does|do|is|are|was|were|has|have|had)\s+(?:[\w'’.&~-]+\s+){1,6}?(?<!\b(?:the|a|an|its|their|his|her|about|on|over|of|for|with)\s+)(?:pay|paid|cost|charge|earn|spend|spent|fetch)\b(?!\s+(?:off|back|attention|tribute|homage|respects|heed|lip|a\s+visit|a\s+call|d['’]affaires)\b)(?![^?]*\b(?:on|with)\W*$)", RegexOptions.IgnoreCase)]
    private static partial Regex PriceQuestion();

    /// <summary>
    /// "Who is Kessler?", "kessler - who is he exactly?", "what's holt's role?": the words naming the person asked
    /// about, when the question asks who someone is rather than who did something or holds an office. Words that only
    /// stress the question ("exactly", "again") and slips of them are not part of the name.
    /// </summary>
    private static string? IdentityAsked(string text, int leadIn, string asked)
    {
        if (IdentityQuestion().Match(asked) is not { Success: true } identity
            || (identity.Groups["tail"].Success && !Stress(identity.Groups["tail"].Value)))
        {
            // "Who is he meeting?" asks something else of him.
            return null;
        }

        // "he" or "his" stands for whoever the words before the question name.
        string named = identity.Groups["pronoun"].Success ? text[..leadIn] : identity.Groups["words"].Value;
        var words = Word().Matches(named).Select(m => m.Value.Trim('.', '-', '\'', '’')).Where(w => w.Length > 0).ToList();
        while (words.Count > 0 && Stress(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return words.Count is 0 or > 3
            || words.Any(w => StopWords.Contains(w) || Text.Lexicon.QuestionCues.Contains(w) || Text.Ordinals.Value(w) > 0 || !w.Any(char.IsLetter)
                || w.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || Possessed(w) != w)
            || Text.RoleTitles.Find(string.Join(' ', words)) is not null
            || Events.Places.Default.InQuestion(string.Join(' ', words)).Any()
                ? null
                : string.Join(' ', words);
    }

    /// <summary>A past reporting verb right before a time ("said in april", "announced on monday").</summary>
    private static readonly Regex SaidJustBefore = new(@"\b(?:" + Text.ReportingVerbs.Past + @")(?:\s+(?:in|on|at|during))?\s*$", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>The words that ask whether an event came about (<c>Text/Lexicons/occurrence-words.txt</c>).</summary>
    private static readonly Regex Occurrence = new(
        @"\b(?:" + string.Join('|', Text.Lexicon.OccurrenceWords.OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal))) + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>A word that only stresses a question ("exactly", "again"), or a slip of one ("exacly").</summary>
    private static bool Stress(string word) => StopWords.Contains(word) || Text.Lexicon.Get("stop-words").Contains(word)
        || (word.Length >= 5 && Text.CueSpelling.Nearest(word, StopWords) is not null);

    /// <summary>The plain question asking who the person named is.</summary>
    private static string IdentityQuestionOf(string name) => "who is " + name + "?";

    /// <summary>"who is ...", "who's he ...", "what's ...'s role", "what is his job".</summary>
    [GeneratedRegex(@"^\s*(?:who(?:'s|’s|s|\s+is|\s+was)\s+(?:(?<pronoun>he|she)\b(?:\s+(?<tail>\p{L}+))?\s*(?:[?!,;:.].*)?|(?<words>[^?!,;:]+?)(?:\s*[?!,;:.].*)?)|what(?:'s|’s|s|\s+is|\s+was)\s+(?:(?<pronoun>his|her)|(?<words>[^?!,;:]+?)(?:'s|’s))\s+(?:role|job|position|post)(?:\s+(?<tail>\p{L}+))?\s*(?:[?!,;:.].*)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex IdentityQuestion();

    /// <summary>
    /// The deed a "how many/much" question says the counted things underwent ("were killed", "has the firm hired",
    /// "was the bank fined"): the past participle after the auxiliary, within the next few words, that is a concept of
    /// the question. None when it leads on to another verb ("are expected to go"), names a relation rather than a deed
    /// ("is covered by"), or speaks of a plan or a report. What things are doing ("are sending") describes them, and is
    /// said in many ways.
    /// </summary>
    private static string? CountedDeed(string asked, List<TermGroup> groups, HashSet<int> names)
    {
        if (HowManyOpening().Match(asked) is not { Success: true } opening)
        {
            return null;
        }

        var words = Word().Matches(asked, opening.Index + opening.Length).Select(m => m.Value).ToList();
        int aux = words.FindIndex(w => CountAuxiliary().IsMatch(w));
        if (aux < 0)
        {
            return DoneDeed(asked, opening.Index + opening.Length, groups, names);
        }

        // "How much was the bank fined?": after a subject, the deed is the last form before the window closes; a form
        // inside the subject describes it ("is the revived deal supposed to move?").
        bool subject = aux + 1 < words.Count && Determiner().IsMatch(words[aux + 1]);
        var window = Enumerable.Range(aux + 1, Math.Max(0, Math.Min(words.Count, aux + 6) - aux - 1));
        foreach (int i in subject ? window.Reverse() : window)
        {
            string word = words[i];
            bool form = Participle().IsMatch(word) || Text.IrregularVerbs.IsPastForm(word);
            if (!form || StopWords.Contains(word) || CountAuxiliary().IsMatch(word))
            {
                continue;
            }

            int g = groups.FindIndex(group => group.Key.Equals(word, StringComparison.OrdinalIgnoreCase));
            bool leadsOn = i + 1 < words.Count && words[i + 1] is var next
                && (next.Equals("to", StringComparison.OrdinalIgnoreCase) || next.Equals("by", StringComparison.OrdinalIgnoreCase));
            return g < 0 || names.Contains(g) || leadsOn || ReportingVerb.IsMatch(word)
                || Events.EventExtractor.StatusOf(word) == Events.EventStatus.Planned ? null : groups[g].Key;
        }

        return null;
    }

    /// <summary>
    /// "How much did the shipper raise?", "how many jobs did the yard cut?", "what did the board decide?": the deed after
    /// "did" and its subject, which the sentence that gives the answer reports. None for a verb that says little alone
    /// ("did they get"), or one of a view, a wish or a report ("did they want", "did he say").
    /// </summary>
    private static string? DoneDeed(string asked, int from, List<TermGroup> groups, HashSet<int> names)
    {
        // "did" asks of the deed only within the same question, a few words on ("how many jobs did", "what did").
        if (DidAfter().Match(asked, from) is not { Success: true } did || did.Index - from > 40 || asked.AsSpan(from, did.Index - from).IndexOfAny('?', '.') >= 0)
        {
            return null;
        }

        // The deed ends the subject, before what it is done to and before any clause that sets it in time or describes
        // it ("did the port of varberg hire", "did they cut its rate in june", "did the army seize when it ...").
        int end = ClauseOpening().Match(asked, did.Index + did.Length) is { Success: true } clause ? clause.Index : asked.Length;
        (var words, int objectAt) = SubjectAndDeed(Word().Matches(asked[(did.Index + did.Length)..end]).Select(m => m.Value));
        string? deed = StressedDeed(asked) ?? words.Take(objectAt < 0 ? words.Count : objectAt).Skip(1).LastOrDefault(w =>
            groups.FindIndex(g => g.Key.Equals(w, StringComparison.OrdinalIgnoreCase)) is var g and >= 0 && !names.Contains(g)
            && !Plural().IsMatch(w) && !char.IsDigit(w[0]) && !DoneStress().IsMatch(w) && !Text.Lexicon.Particles.Contains(w) && !Text.Lexicon.ObjectPrepositions.Contains(w));
        return deed is null || Text.Lexicon.LightVerbs.Contains(deed) || ReportingVerb.IsMatch(deed) || ViewVerb().IsMatch(deed) || PriceVerb().IsMatch(deed)
            || Events.EventExtractor.StatusOf(deed) == Events.EventStatus.Planned ? null : deed;
    }

    /// <summary>
    /// The deed "what did ...?" asks what was done in, unless a verb of saying, a view or one that says little alone
    /// comes before it ("what did the envoy tell the ministers", "what did they want the board to approve"). What was
    /// talked about is reported in any words ("the talks centred on"), so a verb of discussing asks of no deed; nor does
    /// one of naming, which asks for a name.
    /// </summary>
    private static string? WhatDone(string asked, int from, List<TermGroup> groups, HashSet<int> names)
    {
        if (DoneDeed(asked, from, groups, names) is not { } deed || TopicVerb().IsMatch(deed))
        {
            return null;
        }

        var before = Word().Matches(asked, from).Select(m => m.Value).Skip(1).TakeWhile(w => !w.Equals(deed, StringComparison.OrdinalIgnoreCase));
        return before.Any(w => ReportingVerb.IsMatch(w) || ViewVerb().IsMatch(w) || Text.Lexicon.LightVerbs.Contains(w)) ? null : deed;
    }

    /// <summary>
    /// "per share" anywhere, or "a tonne", "each share" after a word of price or money ("how much a barrel", "price
    /// each share"): the unit a rate asked for is given for.
    /// </summary>
    [GeneratedRegex(@"\bper\s+(?<unit>[\p{L}\s]+)|\b(?:much|price|prices|cost|costs|paying|pay|paid|offer|offering|offered|bid|bidding|worth|dlrs|dollars)\s+(?:a|an|each)\s+(?<unit>[\p{L}\s]+)", RegexOptions.IgnoreCase)]
    private static partial Regex PerUnitAsked();

    /// <summary>
    /// The unit of <see cref="PerUnitAsked"/>: the last word of the few that follow, up to a word that names nothing
    /// ("per twa share in cash": "share").
    /// </summary>
    private static string? PerUnitOf(string asked)
    {
        if (PerUnitAsked().Match(asked) is not { Success: true } per)
        {
            return null;
        }

        // "a year ago" dates the price; "per share price" names the price before the thing it is for.
        var words = per.Groups["unit"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3).TakeWhile(w => !StopWords.Contains(w)).ToList();
        if (words.Count > 1 && PriceWord().IsMatch(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return words.Count == 0 || words[^1].Length < 3 || words.Skip(1).Any(w => AgoWord().IsMatch(w)) ? null : Singular(words[^1].ToLowerInvariant());
    }

    /// <summary>"decide to", "vote to", "agree to", "resolve to": a decision to do something.</summary>
    [GeneratedRegex(@"\b(?:decid|vot|agre|resolv)(?:e|es|ed|ing)?\s+to\b", RegexOptions.IgnoreCase)]
    private static partial Regex DecideTo();

    /// <summary>A word for a price: "price", "cost", "value".</summary>
    [GeneratedRegex(@"^(?:prices?|costs?|values?|rates?)$", RegexOptions.IgnoreCase)]
    private static partial Regex PriceWord();

    /// <summary>A word that makes a time of the unit before it: "a year ago", "a week earlier".</summary>
    [GeneratedRegex(@"^(?:ago|earlier|before|later|back|previously)$", RegexOptions.IgnoreCase)]
    private static partial Regex AgoWord();

    /// <summary>A noun's singular, for one that ends in a plain "s" ("shares": "share"; "class": "class").</summary>
    private static string Singular(string noun) =>
        noun.Length > 3 && noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal) ? noun[..^1] : noun;

    /// <summary>
    /// A verb of talking about something ("discuss", "talk", "focus", "debate", "negotiate") or of naming it ("call",
    /// "name"): what it is about, or the name, is reported in any words.
    /// </summary>
    [GeneratedRegex(@"^(?:discuss|talk|focus|cover|address|debate|touch|negotiate|consider|review|call|name|dub)$", RegexOptions.IgnoreCase)]
    private static partial Regex TopicVerb();

    /// <summary>
    /// The deed "when did ...?" asks the date of: the verb right before its object, else the deed after "did". None when
    /// it names an event ("when did they meet?"), holds one ("hold", "host"), says only that something took place, began,
    /// went on or ended, or says little alone: those are dated by any report of the event.
    /// </summary>
    private static string? WhenDone(string asked, int from, List<TermGroup> groups, HashSet<int> names) =>
        (VerbBeforeObject(asked, from, groups, names) ?? DoneDeed(asked, from, groups, names)) is { } deed && !Events.EventExtractor.MentionsEvent(deed)
            && !Text.Lexicon.OccurrenceWords.Contains(deed) && !Text.Lexicon.AspectVerbs.Contains(deed) && !Text.Lexicon.HoldingVerbs.Contains(deed) ? deed : null;

    /// <summary>
    /// After "did" and the subject's first word, the first word for a concept (no name, no plural) right before a
    /// determiner or an owner: the verb whose object follows ("did the cabinet approve Vesterland's port plan": "approve",
    /// not "plan"). Null when no word stands so.
    /// </summary>
    private static string? VerbBeforeObject(string asked, int from, List<TermGroup> groups, HashSet<int> names)
    {
        if (DidAfter().Match(asked, from) is not { Success: true } did || did.Index - from > 40)
        {
            return null;
        }

        int end = ClauseOpening().Match(asked, did.Index + did.Length) is { Success: true } clause ? clause.Index : asked.Length;
        var words = Word().Matches(asked[(did.Index + did.Length)..end]).Select(m => m.Value).SkipWhile(w => Determiner().IsMatch(w)).ToList();
        for (int i = 1; i + 1 < words.Count; i++)
        {
            string next = words[i + 1];
            int g = groups.FindIndex(group => group.Key.Equals(words[i], StringComparison.OrdinalIgnoreCase));
            if (g >= 0 && !names.Contains(g) && !Plural().IsMatch(words[i]) && Possessed(words[i]) == words[i]
                && (Determiner().IsMatch(next) || Possessed(next) != next))
            {
                return groups[g].Key;
            }
        }

        return null;
    }

    /// <summary>
    /// The thing "how much is ... worth?" asks the worth of: the last word of its name that is no name itself, after any
    /// owner ("norland's", "the bank's") and before any word that opens what describes it ("for", "with", "that", "might"):
    /// "the Varberg yard's new credit line with the bank": "line".
    /// </summary>
    private static string? ValuedThing(string asked, List<TermGroup> groups, HashSet<int> names)
    {
        if (WorthAsked().Match(asked) is not { Success: true } worth)
        {
            return null;
        }

        string? head = null;
        bool begun = false;
        foreach (Match token in Word().Matches(worth.Groups["thing"].Value))
        {
            string word = Possessed(token.Value);
            if (word != token.Value)
            {
                // What an owner is worth is not asked: the thing owned follows.
                head = null;
                begun = false;
                continue;
            }

            int g = groups.FindIndex(group => group.Key.Equals(word, StringComparison.OrdinalIgnoreCase));
            if (g < 0 || StopWords.Contains(word))
            {
                if (begun)
                {
                    break;
                }

                continue;
            }

            begun = true;
            if (!names.Contains(g) && !char.IsDigit(word[0]))
            {
                head = groups[g].Key;
            }
        }

        return head;
    }

    /// <summary>"how much is ... worth", "how much was ... really worth": what follows the verb is the thing valued.</summary>
    [GeneratedRegex(@"\bhow\s+much\s+(?:is|are|was|were|'s|’s)\s+(?<thing>[^?!.;:]+?)\s+(?:really\s+|actually\s+|now\s+|still\s+)?worth\b", RegexOptions.IgnoreCase)]
    private static partial Regex WorthAsked();

    /// <summary>"when" asking the date of a deed done, right before its "did" ("when did the board approve ...?").</summary>
    [GeneratedRegex(@"\bwh?en(?=\s+did\b)", RegexOptions.IgnoreCase)]
    private static partial Regex WhenDid();

    /// <summary>"what" asking what a deed done was, right before its "did" ("what did the board decide?").</summary>
    [GeneratedRegex(@"\bwh?at(?=\s+did\b)", RegexOptions.IgnoreCase)]
    private static partial Regex WhatDid();

    /// <summary>"did" asking of a deed, after what is counted ("how many jobs did ...").</summary>
    [GeneratedRegex(@"\bdid\b", RegexOptions.IgnoreCase)]
    private static partial Regex DidAfter();

    /// <summary>A word that opens a clause of its own: "when it entered the town", "that the court upheld".</summary>
    [GeneratedRegex(@"\b(?:when|while|after|before|if|because|since|until|once|that|which|who|where|whereas|although|though)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseOpening();

    /// <summary>
    /// A verb of buying, selling or bidding ("pay", "cost", "buy", "sell", "offer"): a price is reported in any of them
    /// ("how much did Kroll pay for Varga?": "agreed to buy Varga for 300 mln dlrs"; "what did Kroll offer?": "Kroll's
    /// bid of 40 dlrs a share").
    /// </summary>
    [GeneratedRegex(@"^(?:pa(?:y|ys|id|ying)|cost(?:s|ing)?|spen(?:d|ds|t|ding)|b(?:uy|uys|ought|uying)|s(?:ell|ells|old|elling)|charg(?:e|es|ed|ing)|fetch(?:es|ed|ing)?|offer(?:s|ed|ing)?|bid(?:s|ding)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex PriceVerb();

    /// <summary>A verb of a view or a wish ("want", "think", "reckon"), which asks what was held, not done.</summary>
    [GeneratedRegex(@"^(?:want|wish|hope|expect|think|believe|reckon|predict|forecast|estimate|fear|plan|intend|need|claim)$", RegexOptions.IgnoreCase)]
    private static partial Regex ViewVerb();

    /// <summary>The auxiliaries a "how many" question puts before what the counted things underwent.</summary>
    [GeneratedRegex(@"^(?:were|was|are|is|be|been|being|got|get|gets|has|have|had)$", RegexOptions.IgnoreCase)]
    private static partial Regex CountAuxiliary();

    /// <summary>
    /// The words right after "how many/much" that name what is counted or measured, up to the first that names nothing
    /// ("how many russian diplomats got ...": "diplomats"; "buildings/properties" gives both). Names are checked as
    /// names; a noun a figure stands for unnamed ("how much money", "how many people") asks nothing more of it.
    /// </summary>
    private static List<string> CountedWords(string asked, List<TermGroup> groups, HashSet<int> names)
    {
        var counted = new List<string>();
        if (HowManyOpening().Match(asked) is not { Success: true } opening)
        {
            return counted;
        }

        foreach (Match token in CountedToken().Matches(asked, opening.Index + opening.Length))
        {
            string word = Possessed(token.Value);
            int g = groups.FindIndex(group => group.Key.Equals(word, StringComparison.OrdinalIgnoreCase));
            // A past form after the first word is the verb ("how many engineers joined ..."), one before a noun modifies it
            // ("how many deployed warheads").
            bool verb = token.Index > opening.Index + opening.Length && (Participle().IsMatch(word) || Text.IrregularVerbs.IsPastForm(word));
            if (!token.Value.Any(char.IsLetter) || StopWords.Contains(word) || g < 0 || verb || counted.Count == 4)
            {
                break;
            }

            if (!names.Contains(g) && word.Length > 2 && !Text.Lexicon.ImpliedByFigures.Contains(word))
            {
                counted.Add(groups[g].Key);
            }
        }

        return counted;
    }

    /// <summary>
    /// The kind of figure a "how many/much ...?" question asks for: a share when it asks "what %" or "what percentage";
    /// a sum of money when what follows "how much" pays, costs or is money, or when it asks what was paid or what
    /// something cost; a count when "how many" counts things that are no unit of money or measure; a quantity measured
    /// when it counts a unit of measure ("how many tonnes"); null otherwise.
    /// </summary>
    private static FigureKind? FigureAsked(string asked, IReadOnlyList<string> counted)
    {
        if (PercentQuestion().IsMatch(asked))
        {
            return FigureKind.Percentage;
        }

        if (ChangeQuestion().IsMatch(asked))
        {
            return FigureKind.Change;
        }

        // "What is the jobless rate?", "the rate of inflation": a rate of growth, interest or joblessness is a share.
        // "How many banks cut their prime rate?" counts banks, and "how much will the VAT rate cost?" asks a sum.
        if (RateQuestion().Match(asked) is { Success: true } rate && !CountOrSumBefore().IsMatch(asked.AsSpan(0, rate.Index)))
        {
            return FigureKind.Percentage;
        }

        if (AmountQuestion().Match(asked) is { Success: true } much)
        {
            // "How much is Kroll getting for the yard?": with no thing named before the verb, what one gets or receives
            // for something is a sum. "How much is the debt, in kroner?": a sum asked in a currency.
            bool sumGained = GainAsked().IsMatch(asked.AsSpan(much.Index + much.Length));
            return sumGained || InCurrency().IsMatch(asked, much.Index + much.Length) || Word().Matches(asked, much.Index + much.Length).Any(w => Text.Lexicon.MoneyWords.Contains(w.Value))
                ? FigureKind.Money : null;
        }

        // "What did they pay for the stake?", "what will the bridge cost?", "at what price ...?": a price is a sum of money.
        if (PriceQuestion().IsMatch(asked) || PriceNoun().IsMatch(asked))
        {
            return FigureKind.Money;
        }

        return counted.Count == 0 ? null
            : !counted.Any(AnswerFacts.IsUnit) ? FigureKind.Count
            : counted.Any(AnswerFacts.IsMeasureUnit) ? FigureKind.Measure
            : null;
    }

    /// <summary>
    /// "in kroner", "in US dollars": a currency a sum is asked in. "Won", a verb as often, and "cents" and "pounds", which
    /// may be a share or a weight, are left out.
    /// </summary>
    [GeneratedRegex(@"\bin\s+(?:\p{L}+\s+)?(?!(?:won|cents?|pounds?)\b)(?:" + AnswerFacts.MoneyUnits + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex InCurrency();

    /// <summary>Nouns for a change in an amount: "what pay rise", "what size cut".</summary>
    private const string ChangeNouns = "rise|raise|increase|hike|cut|reduction";

    /// <summary>A figure that is a person ("which political figure ...?"), not a number.</summary>
    private const string PersonFigure = "(?:political|public|key|senior|leading|prominent|opposition|religious|military|business|royal|sporting|sports|cultural|media|party) figures?";

    /// <summary>
    /// The nouns "what is ...?" asks a figure by after more than two words ("what is Norland's inflation rate?"); a
    /// target, a level or a volume may be something else.
    /// </summary>
    private const string StatedFigureNouns = "percentage|percent|pct|share|amount|number|quota|price|rate|ceiling|total|sum|value|cost";

    /// <summary>
    /// "What was the flight number of ...?", "what's the case number?": a number that names one thing of a kind things
    /// are numbered by (a flight, a case, a resolution, a route), asked for by the noun right before "number"; not "the
    /// number of flights" nor a figure ("the jobless number").
    /// </summary>
    [GeneratedRegex(@"^\W*(?:what|which)(?:['’]s|\s+(?:is|was|are|were|will\s+be))?\s+(?:(?:the|its|their|his|her)\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?<thing>flight|case|resolution|route|registration|serial|docket|file|account|phone|telephone|fax|licen[cs]e|permit|patent|policy|contract|reference|ticket|seat|gate|platform|bus|train|tail|model|part|lot)\s+(?:number|no\.?)(?!\s+of\s+(?:\p{L}+\s+)?\p{L}+s\b)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierQuestion();

    /// <summary>The nouns "what ...?" asks a figure by ("what percentage", "which price").</summary>
    private const string FigureNouns = "percentage|percent|pct|share|amount|number|quota|price|rate|level|ceiling|figure|total|sum|volume|value|cost|target";

    /// <summary>The nouns "what ...?" asks a time by ("what date", "which year").</summary>
    private const string WhenNouns = "date|day|time|month|year";

    /// <summary>Words that ask for a time exactly: "what exact day", "which precise date", "what specific time".</summary>
    private const string ExactlyWords = "exact|actual|precise|specific";

    /// <summary>
    /// The nouns after "what" or "which" that decide what a question asks for (a place, a time, a figure, a change): a
    /// word no article holds that is a slip away from one of them is read as it ("which venu" is "which venue").
    /// </summary>
    public static IReadOnlySet<string> KindWords { get; } = string.Join('|', PlaceKinds, TimeUnits, WhenNouns, FigureNouns, ChangeNouns)
        .Split('|').ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "what pay rise", "which price increases", "what size cut", "what are the raises", "how big (of) a pay rise", "how
    /// much of a cut": a change in an amount, given as a share or a sum.
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:what|which)\s+(?:(?:is|are|was|were)\s+the\s+)?|how\s+(?:(?:big|large)(?:\s+of)?|much\s+of)\s+an?\s+)(?:" + QualifyingWord + @"[\p{L}-]+\s+){0,2}?(?:" + ChangeNouns + @")s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeQuestion();

    /// <summary>
    /// "what price", "which selling price", "what is the price", "the price per tonne": a price asked for, not a change in
    /// it ("what price cut") nor a level, an index or a war of prices.
    /// </summary>
    [GeneratedRegex(@"\b(?:what|which)(?:\s+(?:is|was|are|were|will\s+be)\s+the|['’]?s\s+the)?\s+(?:[\p{L}-]+\s+){0,2}?prices?\b(?!\s+(?:" + ChangeNouns + @"|changes?|wars?|index|indices|levels?|support|freeze|controls?|slump|falls?|drops?|movements?|trends?|policy|policies)\b)|\bprices?\s+(?:per|a|an)\s+(?!\d)\p{L}+\b(?!\s+(?:" + ChangeNouns + @")s?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PriceNoun();

    /// <summary>
    /// "the jobless rate", "what interest rate", "the rate of inflation": a rate given as a share. An exchange rate, an
    /// official or market rate, the rate of a currency and a rate paid per unit of work or freight are prices; "what
    /// rate" alone may be either.
    /// </summary>
    [GeneratedRegex(@"(?<!['’])\b(?!(?:exchange|currency|conversion|parity|official|central|market|going|buying|selling|freight|shipping|charter|postal|pay|wage|hourly|daily|weekly|monthly|the|a|an|what|which|its|their|his|her|this|that|current|new|old|same)\b)(?!(?:" + AnswerFacts.MoneyUnits + @")\b)\p{L}[\p{L}-]*\s+rates?\b(?!\s+(?:(?:" + ChangeNouns + @"|change|move|decision)s?)\b)|\brates?\s+of\s+(?!exchange\b|pay\b|(?:the\s+)?(?:" + AnswerFacts.MoneyUnits + @")\b)\p{L}+", RegexOptions.IgnoreCase)]
    private static partial Regex RateQuestion();

    /// <summary>"how many banks ...", "how much will ...": what is asked before a rate is named, unless it is the rate ("how much is the rate").</summary>
    [GeneratedRegex(@"\bhow\s+(?:many|much)\s+(?!(?:is|was|are|were)\s+(?:the|its|their)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CountOrSumBefore();

    /// <summary>"what %", "by what percentage", "how many percent", "what share of".</summary>
    [GeneratedRegex(@"\b(?:what|which|how\s+many)\s*(?:%|(?:percent(?:age)?s?|per\s+cent|pct|share)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PercentQuestion();

    /// <summary>"how many ", "how much more ": what follows names what is counted.</summary>
    [GeneratedRegex(@"\bhow\s+(?:many|much)\s+(?:more\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex HowManyOpening();

    /// <summary>A word, or anything else that is not a space or a slash between alternatives ("buildings/properties").</summary>
    [GeneratedRegex(@"[\p{L}'’-]+|[^\p{L}\s/'’-]")]
    private static partial Regex CountedToken();

    /// <summary>"the unemployment rate", "Yugoslavia's oil price": the word that says what a figure measures.</summary>
    [GeneratedRegex(@"\b(?<word>\p{L}[\p{L}-]+)\s+(?:rates?|prices?|levels?|quotas?|targets?|ceilings?|percentages?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeasuredWord();

    /// <summary>A number standing on its own or before its unit ("12", "12hr", "1.5", "40,000"), not one inside a name.</summary>
    [GeneratedRegex(@"(?<![\p{L}\d.,-])(?<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d]|[.,]\d|-?(?:st|nd|rd|th)\b)")]
    private static partial Regex StatedFigure();

    /// <summary>A numbered event, in a question or a sentence: "third round", "next meeting", "second round of talks".</summary>
    internal static readonly Regex NumberedEventPhrase = new(@"\b(?:" + Text.Ordinals.Pattern + @"|next)\s+(?:[\w-]+\s+){0,2}?(?:" + Text.EventWords.Numbered + @")\b", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>Words for a date, in a question or a sentence: "date", "deadline", "timetable".</summary>
    internal static readonly Regex DateWord = new(@"\b(?:date|dates|deadline|timetable)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    private static readonly Regex NextEvent = new(@"\b(?:next|upcoming|coming|follow-?up|follow-on)\s+(?:[\w-]+\s+){0,2}?(?:" + Text.EventWords.NumberedSingular + @")\b", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    private static readonly Regex MeetingNoun = new(@"\b(?:" + Text.EventWords.Meeting + @")\b", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>"where was the minister when he said ...", "where did she announce ...": where a statement was made.</summary>
    private static readonly Regex StatementPlaceQuestion = new(@"^\s*where\s+(?:(?:was|were|is)\s+(?<who>[^,;]{1,40}?)(?:\s+(?:speaking|talking|standing|sitting|staying|appearing))?\s+(?:when|while)\s+(?:\S+\s+){1,4}?|(?:did|does)\s+(?<who>(?:\S+\s+){0,3}?\S+)\s+)(?<verb>" + Text.ReportingVerbs.Asked + @"|speak|spoke|talk|talked)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    private static readonly Regex StatementQuestion = new(@"^\s*when\s+(?:did|was|were)\s+.{1,60}?\b(?:" + Text.ReportingVerbs.Asked + @")\b", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>A form by which a question asks about a statement ("say", "said", "told").</summary>
    internal static readonly Regex ReportingVerb = new(@"\b(?:" + Text.ReportingVerbs.Report + @")\b", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>
    /// Whether the question uses a reporting verb as a verb: "a bigger say in policy", "no say over it" use "say" as a
    /// noun, for a share in deciding, and ask of no statement.
    /// </summary>
    private static bool Reports(string asked) =>
        ReportingVerb.Matches(asked).Any(m => !(m.Value.Equals("say", StringComparison.OrdinalIgnoreCase)
            && SayAsNoun().IsMatch(asked.AsSpan(0, m.Index)) && SayNounGoesOn().IsMatch(asked.AsSpan(m.Index + m.Length))));

    /// <summary>What comes before "say" used as a noun: "a", "a bigger", "no", "any", "their", "the final".</summary>
    [GeneratedRegex(@"\b(?:(?:a|an)\s+(?:[\p{L}-]+\s+)?|(?:no|any|their|its|his|her|our|more|final)\s+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SayAsNoun();

    /// <summary>What follows "say" used as a noun: what the say is in or over ("a say in policy", "no say over it").</summary>
    [GeneratedRegex(@"^\s+(?:in|over|on)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SayNounGoesOn();

    /// <summary>
    /// "Who's the president of Kroll Mining?": the words of the body whose office is asked for ("kroll", "mining"), after
    /// the title and "of"; null when the title is of no body, or when a place names it, whose holder is found by side.
    /// </summary>
    private static IReadOnlyList<string>? TitleBody(string asked, IEnumerable<string> places)
    {
        if (Text.RoleTitles.EndOfFirst(asked) is not { } end || BodyOfTitle().Match(asked, end) is not { Success: true } of)
        {
            return null;
        }

        string body = of.Groups["body"].Value;
        if (places.Any(place => body.Contains(place, StringComparison.OrdinalIgnoreCase)) || Events.Places.Default.InQuestion(body).Any())
        {
            return null;
        }

        var words = Word().Matches(body).Select(m => m.Value.TrimEnd('.', '’', '\''))
            .Where(w => w.Length > 0 && !Text.Lexicon.QuestionStopWords.Contains(w.ToLowerInvariant()))
            .ToList();
        return words.Count > 0 ? words : null;
    }

    /// <summary>
    /// " of the Kroll mining group": what a title is of, up to the end of the clause or a word that places or dates the
    /// question ("in 1987", "since the merger", "now").
    /// </summary>
    [GeneratedRegex(@"\G\s+of\s+(?:the\s+)?(?<body>(?:(?!(?:in|on|at|since|during|after|before|until|when|now|then|today|currently)\b)[^?,;.!\s]+\s*)+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BodyOfTitle();

    /// <summary>
    /// "Who is", "who's", "who was", "who will be", "what's the name of": a question for whoever holds what follows.
    /// So is one for who came to hold it: "who became", "who ended up as", "who took over as", "who was named".
    /// </summary>
    private static readonly Regex TitleQuestion = new(@"^\s*(?:who(?:'s|’s|\s+(?:is|was|are|were|will\s+be|would\s+be)\b)(?:\s+(?:named|appointed|elected|chosen|made)(?:\s+as)?\b)?|who\s+(?:(?:ended|wound)\s+up\s+as|became|becomes|will\s+become|took\s+over\s+as|takes\s+over\s+as)\b|" + NameOfPattern + ")", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>"What's the name of", "what was the full name of", "whats the name of".</summary>
    private const string NameOfPattern = @"what(?:s|'s|’s|\s+is|\s+was|\s+were|\s+are)?\s+(?:the\s+)?(?:full\s+)?names?\s+of\b";

    private static readonly Regex NameOfQuestion = new(@"^\s*" + NameOfPattern, RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>"Who manages ...", "who chaired ...": a question about whoever holds the role the verb names.</summary>
    private static readonly Regex RoleQuestion = new(@"^\s*who\s+(?:(?:currently|now)\s+)?(?<verb>" + Text.RoleVerbs.Alternation.Replace(" ", @"\s+", StringComparison.Ordinal) + @")\b", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    [GeneratedRegex(@"\b(?:next|upcoming|coming|follow-?up|follow-on)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AheadWord();

    /// <summary>
    /// The side whose people a question asks for: a party named before a word for its people ("the russian
    /// delegation", "the US side", "Moscow's new envoy"), or the one they represent or negotiate, speak, act or sign for.
    /// Null when it names none, or several.
    /// </summary>
    private static string? SideOf(string text)
    {
        var sides = SidePhrase().Matches(text).SelectMany(m => Events.Parties.Default.OfRole(m.Groups["party"].Value)).Distinct(StringComparer.Ordinal).ToList();
        return sides.Count == 1 ? sides[0] : null;
    }

    // A lookahead, so that every word is tried as the party ("led the US side": "led", "the", "US").
    // Or the party someone represents ("who represented Japan at the talks") or speaks, negotiates, acts or signs for
    // ("who negotiated for Japan?"), unless one of several ("Japan and Norland") or "us".
    [GeneratedRegex(@"\b(?=(?<party>[\p{L}.]+)(?:'s|’s)?\s+(?:[\p{L}-]+\s+){0,2}?(?:delegation|delegations|delegates|side|team|envoy|envoys|ambassador|negotiator|negotiators|representative|representatives|government|officials|minister|counterpart)\b)|\b(?:represent(?:s|ed|ing)?|(?:negotiat(?:e|es|ed|ing)|sp(?:eak|eaks|oke|eaking)|talk(?:ed|ing)?|act(?:s|ed|ing)?|sign(?:s|ed|ing)?)\s+for)\s+(?:the\s+)?(?<party>(?!(?:us|for|to|in|at|on|with)\b)(?>[\p{L}.]+)(?:\s+(?!(?:at|in|on|for|to|during|with|and|or)\b)(?>[\p{L}.]+))?)(?!\s*(?:,|&|and\b|or\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SidePhrase();

    /// <summary>
    /// Whether an outcome word asks the question ("what was agreed", "did it pass"). One that introduces a further
    /// plan ("agree to hold talks") asks about that decision, which reports of the plan answer; so does one whose
    /// numbered event is its object rather than where it came about ("agree the third round" against "agreed at the
    /// third round"). Questions for a person, place, date or figure ask for that, not for an outcome; except who led a
    /// numbered event, where or when it took place or how long it lasted, asked in the past ("who led the third
    /// round?", "when did the third round take place?"): that asks what came about at it, which reports that only
    /// expect the event cannot say.
    /// </summary>
    private static bool AsksForOutcome(string text, QuestionType type)
    {
        if (type is QuestionType.Who or QuestionType.Where or QuestionType.HowLong or QuestionType.When)
        {
            return EventAnswerer.Tense(text) == Events.EventStatus.Held
                && HappenedAtEvent().IsMatch(text)
                && NumberedEventPhrase.Match(text) is { Success: true } numbered
                && !numbered.Value.StartsWith("next", StringComparison.OrdinalIgnoreCase);
        }

        if (type is not (QuestionType.WhatAgreed or QuestionType.YesNo or QuestionType.Other))
        {
            return false;
        }

        if (CameOf().IsMatch(text))
        {
            return true;
        }

        // "Is Japan going to ratify ...?" asks about a plan, which a report of the plan answers; "did they sign at
        // the next meeting?" asks what came of the meeting that was then to come.
        if (Events.EventExtractor.StatusOf(text) == Events.EventStatus.Planned
            && !(NextEvent.IsMatch(text) && EventAnswerer.Tense(text) == Events.EventStatus.Held))
        {
            return false;
        }

        Match? ordinal = Word().Matches(text).FirstOrDefault(w => Text.Ordinals.Value(w.Value) > 0);
        if (ordinal is not null && !EventSetting().IsMatch(text[..ordinal.Index]))
        {
            return false;
        }

        // "Did the presidents get their summit?", "has the meeting happened?": whether a meeting came about is what
        // came of its planning.
        if (type == QuestionType.YesNo && EventAnswerer.Tense(text) == Events.EventStatus.Held && MeetingNoun.IsMatch(text))
        {
            return true;
        }

        foreach (Match m in Word().Matches(text))
        {
            if (Text.Lexicon.OutcomeWords.Contains(m.Value) && !FurtherPlan().IsMatch(text, m.Index + m.Length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "What came out of ...", "what has come of ...", "what emerged from ...": what something led to. So too "how did
    /// ... go?", "how did ... turn out, ...", "how have ... ended?": how it went, with nothing after the verb but the
    /// question's end.
    /// </summary>
    [GeneratedRegex(@"\bwhat\s+(?:has\s+|had\s+|have\s+)?(?:came|come|emerged?)\s+(?:out\s+)?(?:of|from)\b|^\s*how\s+(?:did|has|have|had)\s+(?:[\p{L}\p{N}.'’&-]+,?\s+){1,12}?(?<!\b(?:to|let|letting)\s+)(?:go|gone|turn(?:ed)?\s+out|end(?:ed)?(?:\s+up)?|pan(?:ned)?\s+out|work(?:ed)?\s+out)(?:\s+in\s+the\s+end)?\s*(?:[?.!,;]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex CameOf();

    /// <summary>
    /// "How did the case turn out?", "how has the bid worked out?", "how did the dispute end (up)?", asked of the end of a
    /// matter ("how did the minister work out the tariff?" is not).
    /// </summary>
    [GeneratedRegex(@"^\s*how\s+(?:did|has|have|had)\s+(?:[\p{L}\p{N}.'’&-]+,?\s+){1,12}?(?:turn(?:ed)?\s+out|pan(?:ned)?\s+out|work(?:ed)?\s+out|end(?:ed)?(?:\s+up)?)(?:\s+in\s+the\s+end)?\s*(?:[?.!,;]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex HowItEnded();

    /// <summary>A verb for what happens at an event itself, not for planning it: "led", "took place", "was held", "lasted".</summary>
    [GeneratedRegex(@"\b(?:led|lead|headed|head|chaired|chair|attended|attend|hosted|host|happen(?:ed)?|(?:take|took)\s+place|held|last(?:ed)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HappenedAtEvent();

    /// <summary>
    /// Right after a word of outcome, a further plan: "agree to hold", "decide when to meet", "choose which yard to use".
    /// </summary>
    [GeneratedRegex(@"\G\s+(?:(?:where|when|what|whom?|how(?:\s+(?:much|many|long))?|which\s+\p{L}+)\s+)?to\s+(?!(?:the|a|an|this|that|these|those|its|their|any|some|it|them)\b)\p{L}", RegexOptions.IgnoreCase)]
    private static partial Regex FurtherPlan();

    /// <summary>A TIMEX value that says nothing without a reference day: placeholders only (XXXX-XX, XXXX-WXX).</summary>
    [GeneratedRegex(@"^[XW-]*$")]
    private static partial Regex Unresolved();

    /// <summary>The words before a numbered event that make it the setting of what is asked: "at the", "out of its".</summary>
    [GeneratedRegex(@"\b(?:at|in|during|from|of|after|since|by)\s+(?:(?:the|this|that|its|their)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex EventSetting();

    [GeneratedRegex(@"\b(?:for|until|till|through|before|from|of|to)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TargetPreposition();

    /// <summary>
    /// "the", "its", "their" or a possessive ("the bank's") right before a period, not after a preposition that sets
    /// the time ("in the 1980s"): the period is a word of a name ("its 1989 meeting").
    /// </summary>
    [GeneratedRegex(@"(?<!\b(?:in|during|at|since|by|from|of)\s+)(?:\b(?:the|its|their|his|her|this|that|next)|\p{L}['’]s)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex Attributive();

    /// <summary>A word right after a period, which it then names the time of ("1989 annual meeting"), not a verb ("1989 will").</summary>
    [GeneratedRegex(@"^[\s-]+(?!(?:will|would|is|are|was|were|has|have|had|can|could|may|might|should|must|did|does|do)\b)\p{L}{3,}", RegexOptions.IgnoreCase)]
    private static partial Regex NounNext();

    /// <summary>"What did the minister say ...", "what has Bonn replied": who is asked to have spoken.</summary>
    private static readonly Regex SpeakerQuestion = new(
        @"^\W*what\s+(?:did|does|do|has|have|had)\s+(?<who>[\w'.\- ]+?)\s+(?:(?:just|actually|really|then|later|first|officially)\s+)?(?:" + Text.ReportingVerbs.Spoken + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>
    /// "How many jets did the minister say ...?", "which sanctions did Bonn announce ...?": a fact asked as someone named
    /// told it, which a sentence that has them speak tells. Officials, analysts or sources in general ("how many did
    /// officials say ...?") name no one in particular.
    /// </summary>
    private static readonly Regex SpeakerOfAFact = new(
        @"^\W*(?:(?:what|which)\s+(?:[\w'-]+\s+){1,4}?|how\s+(?:many|much|long)\s+(?:[\w'-]+\s+){0,4}?)(?:did|does|do|has|have|had)\s+(?<who>[\w'.\- ]+?)\s+(?:(?:just|actually|really|then|later|first|officially)\s+)?(?!(?:repl|respond|answer)\w*\b)(?:" + Text.ReportingVerbs.Spoken + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>
    /// "Did the minister say ...?", "did Bonn announce ...?": whether someone named said something. Whether they
    /// answered, replied or said yes asks for a deed, which others may report; "did the sanctions announced in March
    /// take effect?" names no one speaking.
    /// </summary>
    private static readonly Regex SpeakerYesNo = new(
        @"^\W*did\s+(?<who>[\w'.\- ]+?)\s+(?:(?:just|actually|really|then|later|first|ever|also|even|\w+ly)\s+)?(?!(?:repl|respond|answer)\w*\b|\w+ed\b)(?:" + Text.ReportingVerbs.Spoken + @")\b(?!\s+(?:yes|okay|ok)\b|\s+no\s+to\b)",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>
    /// Whether "did X say ...?" names someone: not anyone at all, nor a short form a report spells otherwise ("the US" is
    /// "the U.S.").
    /// </summary>
    private static bool SpokenBy(Match said) =>
        said.Groups["who"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [.., var last] && last.Length > 2
        && !Regex.IsMatch(last, @"^(?:any|some|every|no)(?:one|body)$", RegexOptions.IgnoreCase);

    /// <summary>"What time", "at what hour", "what time of day"; not "what time frame" or "what time period".</summary>
    [GeneratedRegex(@"\b(?:what|which)\s+(?:(?:" + ExactlyWords + @")\s+)?(?:time|hour)\b(?!\s*(?:frame|period|scale|line|span|limit|table)s?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ClockQuestion();

    [GeneratedRegex(@"\bhow\s+soon\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowSoon();

    [GeneratedRegex(@"\b(?:since\s+when|how\s+far\s+back)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SinceWhen();

    /// <summary>"What day ...", "the exact date", "the actual date", "when exactly": a day is asked for.</summary>
    [GeneratedRegex(@"\b(?:what|which|exact|precise|specific|actual)\s+(?:day|date)\b|\b(?:when|day|date)\s+exactly\b|\bexactly\s+when\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayQuestion();

    /// <summary>
    /// The groups of the subject a question asks about: the first content word after "about", "on", "regarding"; and for a
    /// yes-no question whether it was spoken of, the first after "discuss" or "mention", or of the subject said to have
    /// been discussed or to have come up ("was the border discussed?", "did tariffs feature?").
    /// </summary>
    private static HashSet<int> FocusOf(string text, List<TermGroup> groups, QuestionType type, out string? subject)
    {
        var focus = new HashSet<int>();
        subject = null;
        var phrases = FocusPhrase().Matches(text).AsEnumerable();
        bool mention = type == QuestionType.YesNo && MentionQuestion().IsMatch(text);
        if (mention)
        {
            // The subject said to have been discussed, or failing that the object of "discuss" or "mention".
            phrases = phrases.Concat(DiscussedSubject().Match(text) is { Success: true } discussed ? [discussed] : SpokenOf().Matches(text));
        }

        foreach (Match m in phrases)
        {
            // Whether "restarting the on-site inspections" was spoken of is settled by a sentence naming the inspections
            // too: what is done (a word in "-ing") is done to the phrase's last noun. In "sanctions relief" the first
            // word names the subject itself.
            string first = m.Groups["word"].Value;
            string[] words = [first];
            if (mention && first.Length > 5 && first.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && FocusPhrase().IsMatch(m.Value)
                && PhraseGoesOn().Match(text, m.Index + m.Length) is { Success: true } rest)
            {
                words = [first, rest.Groups["word"].Captures[^1].Value];
                subject ??= text[m.Groups["word"].Index..(rest.Index + rest.Length)];
            }

            foreach (string word in words)
            {
                int g = groups.FindIndex(group => group.Key.Equals(word, StringComparison.OrdinalIgnoreCase) && Text.Ordinals.Value(group.Key) == 0);
                if (g >= 0)
                {
                    focus.Add(g);
                }
            }
        }

        // With more than one subject asked about, the words of each name them.
        if (phrases.Count() > 1)
        {
            subject = null;
        }

        return focus;
    }

    /// <summary>
    /// The words that go on with a phrase, up to a preposition, a conjunction, an adverb, a participle or a stop: "new
    /// start on-site inspections", not "imposed on Iran" or "soon".
    /// </summary>
    [GeneratedRegex(@"\G(?:\s+(?!(?:in|at|on|with|for|to|from|of|during|after|before|since|by|and|or|but|when|while|that|if|as|than|this|last|next|then|too|again|yet|so|now|ever|soon|later|being|having|under|over|between|against|without|within|via|per|\p{L}+ly|\p{L}+ed)(?![\p{L}'’-]))(?<word>\p{L}[\p{L}'’-]*)){1,4}", RegexOptions.IgnoreCase)]
    private static partial Regex PhraseGoesOn();

    [GeneratedRegex(@"\b(?:about|on(?!" + OnAgenda + @"\b)|regarding|concerning)\s+" + Determined + @"(?<word>\p{L}[\p{L}'’-]*)", RegexOptions.IgnoreCase)]
    private static partial Regex FocusPhrase();

    /// <summary>What follows "on" in "on the agenda", "on their agenda", "on the summit agenda".</summary>
    private const string OnAgenda = @"\s+(?:the|their|its|his|her|\p{L}+['’]s)\s+(?:\p{L}+\s+)?agenda";

    /// <summary>An optional determiner or possessive before a noun: "the", "their", "lavrov's".</summary>
    private const string Determined = @"(?:(?:the|a|an|its|their|his|her|any|\p{L}+['’]s)\s+)?";

    /// <summary>What a yes-no question asks was spoken of: the object of "discuss", "mention" or "bring up".</summary>
    [GeneratedRegex(@"\b(?<!\bto\s+)(?:discuss(?:ed)?|mention(?:ed)?|bring\s+up|brought\s+up)\s+" + Determined + @"(?<word>\p{L}[\p{L}'’-]*)", RegexOptions.IgnoreCase)]
    private static partial Regex SpokenOf();

    /// <summary>
    /// The subject a yes-no question asks was spoken of: "was the border discussed", "has it been raised", "did tariffs
    /// come up", "was the dam on the agenda".
    /// </summary>
    [GeneratedRegex(@"^\W*(?:was|were|is|are|did|does|do)\s+" + Determined + @"(?<word>\p{L}[\p{L}'’-]*)(?:\s+[\p{L}'’-]+){0,2}?\s+(?:discussed|mentioned|raised|brought\s+up|covered|c[oa]me\s+up(?!\s+with\b)|feature[ds]?|on" + OnAgenda + @")\b"
        + @"|^\W*(?:has|have|had)\s+" + Determined + @"(?<word>\p{L}[\p{L}'’-]*)(?:\s+[\p{L}'’-]+){0,2}?\s+been\s+(?:discussed|mentioned|raised|brought\s+up|covered)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DiscussedSubject();

    /// <summary>
    /// "who replaced ...", "so who actually won ...": the verb right after the opening "who"; a verb with a particle
    /// ("signed off", "took over") means something the verb alone does not.
    /// </summary>
    [GeneratedRegex(@"^\W*(?:(?:and|so|ok|then)\W+)?who\s+(?:(?:then|actually|finally|eventually|ultimately)\s+)?(?<verb>\p{L}+)\b(?!\s+(?:off|up|out|down|over|away|back|through)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex WhoDid();

    /// <summary>
    /// "which port official signed ...?", "what banker replaced ...?": the word right after the kind of person asked for,
    /// which is the verb of what they did when it is one; null when no kind of person follows the interrogative.
    /// </summary>
    private static string? WhichPersonDid(string question) =>
        AskedPersonKind(question) is { } kind && Word().Match(question, kind.End) is { Success: true } next ? next.Value : null;

    /// <summary>
    /// Where the kind of person "which ...?" asks for is named, from the interrogative to the end of the kind with what
    /// it is of ("which head of state", "what minister of the interior"); null when no kind of person follows it.
    /// </summary>
    private static (int Start, int End)? AskedPersonKind(string question)
    {
        if (WhichKind().Match(question) is not { Success: true } which)
        {
            return null;
        }

        var words = Word().Matches(question, which.Index + which.Length).Cast<Match>().ToList();
        int kind = KindAt(words.Select(w => w.Value).ToList(), Text.Lexicon.PersonNouns);
        if (kind < 0)
        {
            return null;
        }

        int last = kind;
        if (last + 2 < words.Count && words[last + 1].Value.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            last += words[last + 2].Value.Equals("the", StringComparison.OrdinalIgnoreCase) && last + 3 < words.Count ? 3 : 2;
        }

        // From the interrogative itself, not the words before it ("ok, which ...").
        string opening = which.Value.TrimEnd();
        int start = which.Index + opening.LastIndexOfAny([' ', ',']) + 1;
        return (start, words[last].Index + words[last].Length);
    }

    /// <summary>
    /// Whether the person "who" or "which ...?" asks for is the doer: the word after the asking is no auxiliary of a
    /// question about whom something was done to ("who did they send"), or of the passive ("who was named", "who has
    /// been chosen").
    /// </summary>
    private static bool DoerAsked(string question)
    {
        int end = AskedPersonKind(question)?.End ?? (WhoWord().Match(question) is { Success: true } who ? who.Index + who.Length : -1);
        if (end < 0)
        {
            return false;
        }

        var next = Word().Matches(question, end).Take(2).Select(m => m.Value.ToLowerInvariant()).ToList();
        return next.Count > 0 && !NotDoing.Contains(next[0]) && !(next[0] is "has" or "have" or "had" && next.Count > 1 && next[1] == "been");
    }

    /// <summary>Words after "who" that ask for the one something was done to, or for what someone is ("who's": "s").</summary>
    private static readonly FrozenSet<string> NotDoing = FrozenSet.ToFrozenSet(["did", "does", "do", "was", "were", "is", "are", "be", "been", "being", "s"]);

    [GeneratedRegex(@"\bwho\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhoWord();

    /// <summary>"who did they send ...", "so whom did oslo pick ...": the opening of a question for whom something was done to.</summary>
    [GeneratedRegex(@"^\W*(?:(?:and|so|ok|then)\W+)?whom?\s+(?=did\b)", RegexOptions.IgnoreCase)]
    private static partial Regex WhoWasDone();

    /// <summary>A verb for a deed a report can be asked to state: not a saying, a role or a word too common to tell.</summary>
    private static bool Doing(string verb) => !StopWords.Contains(verb) && !ReportingVerb.IsMatch(verb) && Text.RoleVerbs.Role(verb) is null
        && !Text.Lexicon.LightVerbs.Contains(verb.ToLowerInvariant());

    /// <summary>
    /// "Did X say anything about ...?", "has Y mentioned ...?", "did Z comment on ...?", "was it discussed?", "did it come
    /// up?", "was it on the agenda?": whether something was said of a subject.
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:say|said|says|speak|spoke|talk|talked|comment|commented|remark|remarked)\s+(?:anything|something|much|a\s+word|at\s+all)?\s*(?:about|on|regarding|concerning)|mention|mentioned|bring\s+up|brought\s+up|raise|raised|(?<!\bto\s+)discuss|discussed|c[oa]me\s+up(?!\s+with\b)|feature|featured|on" + OnAgenda + @"|touch(?:ed)?\s+(?:on|upon))\b", RegexOptions.IgnoreCase)]
    private static partial Regex MentionQuestion();

    /// <summary>A word without its possessive ending: "vietnam's" is about Vietnam, and "who's" asks who.</summary>
    internal static string Possessed(string word) =>
        word.Length > 2 && (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase)) ? word[..^2] : word;

    /// <summary>
    /// "US-Russia", and "us-russia" as chat types it, names two parties, each where it stands in the word; "12-hour" and
    /// "follow-up" stay whole.
    /// </summary>
    private static IEnumerable<(int Offset, string Part)> SplitNames(string word)
    {
        string[] parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !(parts.All(p => char.IsUpper(p[0]))
            || (parts.All(p => p.All(char.IsLetter)) && parts.Any(p => Events.Places.Default.InQuestion(p).Any(m => m.Start == 0 && m.End == p.Length)))))
        {
            return [(0, word)];
        }

        var split = new List<(int, string)>(parts.Length);
        int from = 0;
        foreach (string part in parts)
        {
            int offset = word.IndexOf(part, from, StringComparison.Ordinal);
            split.Add((offset, part));
            from = offset + part.Length;
        }

        return split;
    }

    [GeneratedRegex(@"\b(?:what|which|whose)\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AskingWord();

    /// <summary>"what day", "which year": the unit of the answer asked for, not a word the answer contains.</summary>
    private static bool IsAskedUnit(string text, int index, string word) =>
        (word.Equals("give", StringComparison.OrdinalIgnoreCase) && Regex.IsMatch(text[index..], @"^give\s+(?:me|us)\b", RegexOptions.IgnoreCase))
        ||
        (word.ToLowerInvariant() is "place" or "part" && Regex.IsMatch(text[..index], @"\b(?:take|took|taken|takes|taking)\s+$", RegexOptions.IgnoreCase))
        || (word.ToLowerInvariant() is "take" or "took" or "taken" or "takes" or "taking" && Regex.IsMatch(text[index..], @"^\w+\s+(?:place|part)\b", RegexOptions.IgnoreCase))
        || word.ToLowerInvariant() is "day" or "date" or "week" or "month" or "year" or "years" or "time" or "event" or "place" or "city" or "country"
        && AskingWord().IsMatch(text[..index]);

    [GeneratedRegex(@"\b\d{4}\b")]
    private static partial Regex Year();

    /// <summary>The number that ends a date's text ("april 10"), with the spaces before it.</summary>
    [GeneratedRegex(@"\s*\d+$")]
    private static partial Regex TrailingNumber();

    /// <summary>Right after a number, a unit it counts: "-year", " month", " pct", " mln".</summary>
    [GeneratedRegex(@"^(?:-|\s+)(?:year|month|week|day|hour|minute|pct|percent|per\s+cent|mln|bln|million|billion|point|ton|tonne)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountedUnit();

    /// <summary>Where a period starts with the words that place it within itself ("the end of April", "early March").</summary>
    private static int Modified(string text, int start) =>
        PeriodModifier().Match(text[..start]) is { Success: true } m ? m.Index : start;

    [GeneratedRegex(@"\b(?:(?:the\s+)?(?:end|start|beginning|middle|close|turn)\s+of\s+(?:the\s+)?|(?:early|late|mid)[\s-]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodModifier();

    /// <summary>
    /// The first dated period in the question; one written without a year constrains only the month. Relative words
    /// ("this week", "last month", "yesterday") name a period only against a reference day.
    /// </summary>
    private (TimeConstraint, int, int)? PeriodOf(string question, DateOnly? reference)
    {
        string text = Text.MonthNames.Capitalised(question);
        IReadOnlyList<Time.TemporalExpression> unanchored = tagger.Tag(text, null);
        IReadOnlyList<Time.TemporalExpression> anchored = reference is null ? [] : tagger.Tag(text, reference);
        foreach (Time.TemporalExpression t in anchored)
        {
            // Only what the reference day alone resolves ("last month": XXXX-XX without it); a month or season of no
            // year in particular ("in March", "the autumn round") is not read as the one around the reference day.
            if (t.Type == Time.TimexType.Date && !Year().IsMatch(t.Text)
                && unanchored.All(u => u.Start != t.Start || u.End != t.End || Unresolved().IsMatch(u.Value))
                && Time.TimexDescriber.TryGetRange(t.Value, out DateOnly from, out DateOnly to))
            {
                return (new TimeConstraint(from, to, null) { Relative = Deictic().IsMatch(t.Text) }, Modified(text, t.Start), t.End);
            }
        }

        foreach (Time.TemporalExpression t in unanchored)
        {
            if (t.Type != Time.TimexType.Date)
            {
                continue;
            }

            if (Year().IsMatch(t.Text) && Time.TimexDescriber.TryGetRange(t.Value, out DateOnly first, out DateOnly last))
            {
                return (new TimeConstraint(first, last, null), Modified(text, t.Start), t.End);
            }

            if (t.Value.Length >= 7 && t.Value.StartsWith("XXXX-", StringComparison.Ordinal) && int.TryParse(t.Value.AsSpan(5, 2), out int month) && month is >= 1 and <= 12)
            {
                int? day = t.Value.Length >= 10 && int.TryParse(t.Value.AsSpan(8, 2), out int d) && d is >= 1 and <= 31 ? d : null;
                // "the april 10-year bond": a number that counts a unit after it is no day of the month.
                if (day is not null && TrailingNumber().Match(t.Text) is { Success: true } number && CountedUnit().IsMatch(text.AsSpan(t.End)))
                {
                    return (new TimeConstraint(null, null, month), Modified(text, t.Start), t.Start + number.Index);
                }

                return (new TimeConstraint(null, null, month) { Day = day }, Modified(text, t.Start), t.End);
            }
        }

        return null;
    }

    /// <summary>
    /// Interrogatives that name the kind of fact asked for. When a question holds several ("where was he speaking when he
    /// confirmed it?"), the first one asks; the rest belong to clauses. "What is Norland's inflation rate?" asks for a
    /// figure as "what's the inflation rate?" does.
    /// </summary>
    [GeneratedRegex(@"\b(?:(?<when>when|(?:what|which) (?:(?:" + ExactlyWords + @") )?(?:" + WhenNouns + @")|what(?:['’]?s| is| was| will be) the (?:(?:exact|actual|precise|likely|new|planned) )?(?:date|day) (?:of|for)|how soon|by when|until when|since when|how far back|how long ago)|(?<howlong>how long|for how long|how much longer|how many (?:more )?(?:" + TimeUnits + @"))|(?<howmany>how (?:many|much|big|large|old|far|high|tall|deep|heavy)|(?:what(?:['’]?s)?|which) (?!(?:" + PersonFigure + @")\b)(?:[\w'’-]+ ){0,2}?(?:" + FigureNouns + @")|what (?:is|was|are|were|will be) (?:[\w'’-]+ ){0,2}?(?:" + StatedFigureNouns + @")\b(?! (?:date|day|time)\b)|(?:what|which)\s*%\s*|(?:what|which) (?:(?:is|are|was|were) the )?(?:" + QualifyingWord + @"[\p{L}-]+ ){0,2}?(?:size|" + ChangeNouns + @")s?)|(?<where>where|(?:what|which|in which|at which) (?:" + QualifyingWord + @"[\p{L}-]+ ){0,2}?(?:" + PlaceKinds + @"))|(?<who>who|whom|whose|which (?:countries|country's|administration|delegations?|side)|(?:what|which) (?:" + PersonFigure + @")\b|which (?!(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could)\b)(?:[\w'’-]+ ){0,2}?(?:officials?|ministers?|leaders?|people|person|envoys?|diplomats?|negotiators?)))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Interrogative();

    /// <summary>The language of agreeing; a named agreement ("the International Sugar Agreement") alone is a subject, not this.</summary>
    [GeneratedRegex(@"\b(?:agree|agreed|(?<![A-Z]\w*\s)agreement|deal|commit(?:ted|ments?)?|(?<![A-Z]\w*\s)accord|settled|decided|pledge[ds]?|sign(?:ed)?|terms)\b")]
    private static partial Regex AgreedPattern();

    /// <summary>
    /// "Why ...", "what caused/sparked/triggered ...", "what's behind ...", "what was the point/purpose of ...": a
    /// question for a reason or an aim.
    /// </summary>
    /// <summary>"What did they want the loan for?", "what will the port use the cranes for?": a question for a purpose.</summary>
    [GeneratedRegex(@"^\s*what\s+(?:did|does|do|will|would|could|is|are|was|were)\s+(?:[\p{L}.'’-]+\s+){1,4}?(?:want|wanted|need|needed|use|used|using|buy|bought|get|order|ordered|seek|sought|request|requested|plan|planned|planning)\s+(?:the|a|an|this|that|these|those|its|their|his|her|our|all)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+\s+for(?:\s+(?:anyway|exactly|really|then))?\s*[?.!]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PurposeQuestion();

    /// <summary>
    /// "What caused the fire at the mill?", "what sparked the walkout": a question for the cause of a thing, with the
    /// words naming the thing up to where it is placed or dated ("fire").
    /// </summary>
    [GeneratedRegex(@"^\s*what(?:['’]?s|\s+is|\s+was|\s+were|\s+are)?\s+(?:caused|prompted|led\s+to|sparked|triggered|provoked|set\s+off|touched\s+off|brought\s+about)(?!\s+by\b)\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+|these\s+|those\s+)?(?<thing>[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}?)(?=\s+(?:at|in|on|of|to|for|by|with|near|during|over|last|this|yesterday|today|there)\b|\s*[?.!]|\s*$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CauseQuestion();

    /// <summary>The words naming the thing whose cause a "what caused ...?" question asks for; null for other questions.</summary>
    private static IReadOnlyList<string>? ThingCaused(string asked) =>
        CauseQuestion().Match(asked) is { Success: true } cause
        && Word().Matches(cause.Groups["thing"].Value).Select(m => m.Value).Where(w => !Text.Lexicon.QuestionStopWords.Contains(w.ToLowerInvariant())).ToList() is { Count: > 0 } thing
            ? thing
            : null;

    [GeneratedRegex(@"^\s*(?:why|how come|for what reason|what (?:is|was|were|are) the reasons?|what(?:['’]?s|\s+is|\s+was|\s+were|\s+are)?\s+(?:caused|prompted|led to|sparked|triggered|provoked|set off|touched off|brought about|(?:(?:is|was|are|were)\s+)?behind|(?:the\s+)?(?:point|purpose|aim|objective|goal|idea)\s+(?:of|behind)))\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhyPattern();

    /// <summary>
    /// Words set in quotation marks: 'constructive', "a good start", “irritants”. An apostrophe inside or at the end of a
    /// word ("russia's", "the workers' union") does not open or close a quotation.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\d])(?:['‘](?<words>[\p{L}\d][^'‘’""“”]{0,60}?[\p{L}\d.!?])['’](?![\p{L}\d])|[""“](?<words>[^""“”]{1,60}?)[""”])")]
    private static partial Regex QuotedWords();

    /// <summary>Phrases that only stress what is asked: "in the first place", "first of all", "at first".</summary>
    [GeneratedRegex(@"\b(?:in\s+the\s+first\s+place|first\s+of\s+all|first\s+and\s+foremost|at\s+first)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^\s*(?:(?:can|could|would) you (?:please )?(?:summari[sz]e|sum up|recap|give me (?:a |an )?(?:quick |short |brief )?(?:summary|overview|rundown))|summar|overview|give me (?:a |an |the )?(?:quick |short |brief )?(?:summary|overview|rundown|gist)|give me (?:the )?(?:main|key|most important)\s+\p{L}+|what happened|recap|brief me)", RegexOptions.IgnoreCase)]
    private static partial Regex SummaryPattern();

    [GeneratedRegex(@"\b(?:latest|most recent|status|update|news on|where do things stand|current position|so far|now stand|still|what(?:'s| is) happening|what(?:'s| is) going on|what(?:'s| is) new|anything new|any news)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LatestPattern();

    [GeneratedRegex(@"\bwhere\s+(?:do|does|did|are|were|is|was)\s+(?:(?:things|matters|everything|it\s+all|we)\s+(?:stand|at)\b|(?:\S+\s+){1,4}?stands?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex StatusIdiom();

    public static QuestionType Classify(string question)
    {
        string q = question.Trim();
        // "Where do things stand?", "where does Bonn stand on it?" ask how matters stand, not for a place.
        if (StatusIdiom().IsMatch(q))
        {
            return QuestionType.Latest;
        }

        // "Which guy on their team ...?", "what spokesman ...?": a kind of person asked for near the start.
        if (WhichKind().Match(q) is { Success: true } kind && (KindNamed(q[(kind.Index + kind.Length)..], Text.Lexicon.PersonNouns) || TitleNamed(q[(kind.Index + kind.Length)..])))
        {
            return QuestionType.Who;
        }

        // The interrogative that asks opens the question ("When ...", "From what date ...", "Tell me where ...");
        // one further in belongs to a clause ("What did they agree when they revised ...?").
        if (Interrogative().Match(q) is { Success: true } m && q[..m.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3
            && !Regex.IsMatch(q[..m.Index], @"\b(?:what|which|how|why|did|does|do|is|are|was|were|has|have|will|can|could)\b", RegexOptions.IgnoreCase))
        {
            // "which countries have ratified ... so far" asks for the current state rather than names.
            if (m.Groups["who"].Success && LatestPattern().IsMatch(q) && q.Contains("so far", StringComparison.OrdinalIgnoreCase))
            {
                return QuestionType.Latest;
            }

            // "Which city brokerage confirmed ...?" asks for a brokerage: the kind of place is part of a noun.
            if (!(m.Groups["where"].Success && KindInCompound(q[(m.Index + m.Length)..])))
            {
                return Asked(m);
            }
        }

        if (WhyPattern().IsMatch(q) || PurposeQuestion().IsMatch(q))
        {
            return QuestionType.Why;
        }

        // "any date yet?", "any restart date for the flights?" ask when, if a date has been set.
        if (AnyDate().IsMatch(q))
        {
            return QuestionType.When;
        }

        // "What will the company pay the new operators?", "what did the stake cost?" ask how much.
        if (PriceQuestion().IsMatch(q))
        {
            return QuestionType.HowMany;
        }

        // "What's the name of the consul general?" asks for whoever holds an office, "what's the name of the pilot?" for
        // a person.
        if (NameOfQuestion.Match(q) is { Success: true } nameOf
            && (Text.RoleTitles.Find(q[nameOf.Length..]) is not null || KindNamed(q[nameOf.Length..], Text.Lexicon.PersonNouns)))
        {
            return QuestionType.Who;
        }

        if (Regex.IsMatch(q, @"^\s*what\b", RegexOptions.IgnoreCase) && AgreedPattern().IsMatch(q))
        {
            return QuestionType.WhatAgreed;
        }

        // "What is Bonn still worried about?" asks what the worry is; "still" alone does not ask how matters stand.
        if (LatestPattern().Matches(q) is { Count: > 0 } latestCues
            && !(ConcernQuestion().IsMatch(q) && latestCues.All(c => c.Value.Equals("still", StringComparison.OrdinalIgnoreCase))))
        {
            return QuestionType.Latest;
        }

        if (SummaryPattern().IsMatch(q))
        {
            return QuestionType.Summary;
        }

        string first = q.ToLowerInvariant().Split(' ', 2)[0];
        return first is "is" or "are" or "did" or "does" or "do" or "will" or "has" or "have" or "was" or "were" or "can" or "could" or "would"
            ? QuestionType.YesNo
            : InSitu(q);
    }

    /// <summary>
    /// "Who's the lawyer ...?", "which defence lawyers ...?", "what's the name of the pilot ...?": the calling of the
    /// person asked for, among the first words after the asking, as one person is called; null when the question names
    /// none.
    /// </summary>
    private static string? CallingAsked(string asked)
    {
        Match opening = TitleQuestion.Match(asked) is { Success: true } title ? title : WhichKind().Match(asked);
        if (!opening.Success)
        {
            return null;
        }

        List<string> words = WordsOf(asked[(opening.Index + opening.Length)..]);
        if (KindAt(words, Text.Lexicon.Callings) is not (var at and >= 0))
        {
            return null;
        }

        // The calling as one person is called ("lawyers": "lawyer"), so that either number is found in the report.
        string calling = words[at].ToLowerInvariant();
        return calling.EndsWith("es", StringComparison.Ordinal) && Text.Lexicon.Callings.Contains(calling[..^2]) ? calling[..^2]
            : calling.EndsWith('s') && Text.Lexicon.Callings.Contains(calling[..^1]) ? calling[..^1]
            : calling;
    }

    /// <summary>
    /// Whether the words that open <paramref name="rest"/> name one of the <paramref name="kinds"/>: one among its first
    /// three words, before any word that begins a clause ("the rail driver", "guy on the team"; not "did the driver say").
    /// </summary>
    private static bool KindNamed(string rest, IReadOnlySet<string> kinds) => KindAt(WordsOf(rest), kinds) >= 0;

    /// <summary>
    /// Whether the words that open <paramref name="rest"/>, up to three before any word that begins a clause, name the
    /// title of an office ("which governor", "what finance minister"; not "what did the governor say").
    /// </summary>
    private static bool TitleNamed(string rest)
    {
        // "which president's plan": the title names whose the thing asked for is.
        var words = WordsOf(rest).Take(3).TakeWhile(w => !ClauseOpener().IsMatch(w) && Possessed(w) == w).ToList();
        return words.Count > 0 && Text.RoleTitles.Find(string.Join(' ', words)) is not null;
    }

    /// <summary>
    /// Where among the first three <paramref name="words"/> one of the <paramref name="kinds"/> stands, before any word
    /// that begins a clause; -1 when none does. An article or a count before the kind is not one of the three ("the 3
    /// central bank employees").
    /// </summary>
    private static int KindAt(List<string> words, IReadOnlySet<string> kinds)
    {
        for (int i = 0, counted = 0; i < words.Count && counted < 3; i++)
        {
            if (kinds.Contains(words[i]))
            {
                return i;
            }

            if (ClauseOpener().IsMatch(words[i]))
            {
                return -1;
            }

            counted += Text.Figures.IsNumber(words[i]) || Determiner().IsMatch(words[i]) ? 0 : 1;
        }

        return -1;
    }

    private static List<string> WordsOf(string text) => Word().Matches(text).Select(m => m.Value).ToList();

    /// <summary>"which ", "what ", "and which ": an interrogative that a kind of thing may follow, among the first words.</summary>
    [GeneratedRegex(@"^(?:[\p{L}'’-]+[\s,]+){0,3}?(?:which|what)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex WhichKind();

    /// <summary>Words that begin a clause or a phrase of their own rather than name a kind: auxiliaries, prepositions, pronouns.</summary>
    [GeneratedRegex(@"^(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could|should|may|might|of|on|in|at|to|for|from|with|by|about|he|she|it|they|we|you|i|that|this|these|those|whose|who|which|what)$", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseOpener();

    /// <summary>
    /// A question that asks in place of the answer rather than at its start ("he won how many titles?", "the clock was
    /// set to how many seconds?", "designed by who?", "the talks are in which city?"): a count, a person or a place
    /// asked for further in, where no clause could have put the interrogative ("a leader of which nation?" asks where).
    /// </summary>
    private static QuestionType InSitu(string question) =>
        InSituAsked().Match(question) is { Success: true } m ? Asked(m)
        : FigureNamed().IsMatch(question) ? QuestionType.HowMany
        : QuestionType.Other;

    /// <summary>
    /// A question that only names a figure, without asking ("vesterland jobless rate for march?", "kroll's price per
    /// share?"): a few words that are no verb after "to" or a modal ("norland to raise rates?"), a noun for a figure,
    /// and at most a short phrase of what it is of, for or when.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?!(?:" + QuestionOpeners + @"|to|will|would|shall|should|may|might|must)\b)[\p{L}\d'’./&-]+\s+){0,5}?(?:" + StatedFigureNouns + @")s?(?:\s+(?:for|of|in|on|at|per|as\s+of)(?:\s+[\p{L}\d'’./&-]+){1,3})?(?:\s+(?:now|currently|today))?\s*\??\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FigureNamed();

    /// <summary>
    /// Whole statements before the sentence that asks ("Three veterans testified on Wednesday. How many cases ...?"):
    /// up to the last sentence end (with any quotation mark that closes after it) followed by an interrogative or an
    /// auxiliary that opens a question.
    /// </summary>
    [GeneratedRegex(@"^.*[.!][""”’']?\s+(?=(?:" + QuestionOpeners + @"|in\s+(?:what|which)|at\s+(?:what|which))\b)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Preamble();

    /// <summary>
    /// A clause that sets the time or condition of the question before it ("when the truce ran out, did they extend
    /// it?", "once the deadline passed, who signed?"): a conjunction that does not itself ask (no auxiliary follows it),
    /// the clause, a comma, and a question. Its words are concepts; the question after the comma is the one read for
    /// what is asked.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:when|whenever|once|after|before|while|since|if|now\s+that|as\s+soon\s+as)\s+(?!(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could|should)\b)[^,?.!]{3,}?,\s*(?=(?:" + QuestionOpeners + @")\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SubordinateClause();

    /// <summary>
    /// The question without the kind of person "which ...?" asks for: "which german leader is visiting?" asks who is
    /// visiting, of the leaders, not who leads.
    /// </summary>
    private static string WithoutAskedKind(string question) =>
        AskedPersonKind(question) is { } kind ? string.Concat(question.AsSpan(0, kind.Start), question.AsSpan(kind.End))
        : Interrogative().Match(question) is { Success: true } m && m.Groups["who"].Success && m.Value.StartsWith("which", StringComparison.OrdinalIgnoreCase)
            ? string.Concat(question.AsSpan(0, m.Index), question.AsSpan(m.Index + m.Length))
            : question;

    /// <summary>The type an interrogative asks for, by the group it matched ("when", "howlong", "howmany", "where", else "who").</summary>
    private static QuestionType Asked(Match interrogative) =>
        interrogative.Groups["when"].Success ? QuestionType.When
        : interrogative.Groups["howlong"].Success ? QuestionType.HowLong
        : interrogative.Groups["howmany"].Success ? QuestionType.HowMany
        : interrogative.Groups["where"].Success ? QuestionType.Where
        : QuestionType.Who;

    [GeneratedRegex(@"(?<howlong>\bfor how long\b|\bhow many (?:more )?(?:" + TimeUnits + @")\b)|(?<howmany>\bhow (?:many|much)\b)|(?<where>\b(?:in|at|to|from|of) (?:which|what) (?:[\p{L}-]+ ){0,2}?(?:" + PlaceKinds + @")\b|\bwhere\s*\??\s*$)|(?<when>\b(?:on|in|by) (?:which|what) (?:date|day|month|year)\b|\bwhen\s*\??\s*$)|(?<who>\b(?:by|for|to|with|from|of|and) (?:who|whom)\b|\bwho\s*\??\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex InSituAsked();
}
