using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Time;

namespace DiplomacyBot.Core.Answering;

/// <summary>
/// Whether a sentence holds the kind of fact a question asks for: a date for "when", a person for "who", a place or
/// venue for "where", a quantity for "how many", a duration for "how long". A sentence that only repeats the
/// question's own words ("Riyadh" for "where was the Riyadh meeting?") does not hold the fact, and a person for "who is
/// the foreign minister?" holds it only in a sentence that gives the title.
/// </summary>
internal static partial class AnswerFacts
{
    /// <summary>Question types whose answer is one fact that the evidence must state.</summary>
    public static bool IsFactual(QuestionType type) =>
        type is QuestionType.When or QuestionType.Who or QuestionType.Where or QuestionType.HowMany or QuestionType.HowLong;

    /// <summary>
    /// Whether the sentence states the fact the question asks for (its own words, which the question already says, do
    /// not count). The whole report, when given, tells a word capitalised only because it opens the sentence; the
    /// sentences before it (nearest first), whom "he" or "she" is.
    /// </summary>
    public static bool Holds(AnalyzedQuestion asked, Sentence sentence, string text, string? report = null, IEnumerable<string>? before = null) =>
        (asked.PlaceKind is not null ? PlacesAsked(asked, text).Any()
            : Holds(asked.Type, sentence, text, asked.Text, asked.NamesReporting, report, keepsSpeaker: asked.NamesReporting || asked.AskedTitle is not null || asked.AskedCalling is not null || asked.Identity is not null)
                || (asked.Type == QuestionType.Who && Antecedent(text, before ?? [], report) is { } meant && !QuestionNames(asked.Text, meant)) || (RunsUntil(asked) && EndPoints(sentence, text).Any())
                || (asked.Type == QuestionType.Who && asked.WhoDeed is { } deed && BodyDid(asked.Text, deed, text))
                || (asked.AsksHowSoon && WithinTimes(sentence, text).Any()))
        && (asked.DurationUnit is not { } unit || InUnit(sentence, text, unit))
        && (!asked.AsksAmount || Amount().Matches(text).Any(m => !GivenForOther(text, m, asked.Text)))
        && (!asked.AsksAge || AgeIn(text, asked.Text) is not null)
        && (!asked.AsksVoteResult || ReportsVoteResult(text, asked.AsksVoteCount))
        && (asked.Figure is not { } figure || FiguresOf(figure, sentence, text, asked.Text, asked.PerUnit).Any())
        && !CountsOnlyOthers(asked, sentence, text)
        && (asked.AskedTitle is not { } title || Text.RoleTitles.Mentioned(title, text))
        && (asked.TitleBody is not { } body || body.All(w => MentionsStem(text, w) || (report is not null && MentionsStem(report, w))))
        && (asked.AskedCalling is not { } calling || Calls(text, calling))
        && (!asked.AsksLeader || Leading().IsMatch(text))
        && (asked.Measured is not { } measured || NamesMeasured(asked, measured, text))
        && (!asked.AsksReaction || Text.Lexicon.AnyIn(Text.Lexicon.ReactionWords, text))
        && (!asked.AsksConcern || StatesConcern(text))
        && (!asked.AsksResponse || ReportsAnswer(text))
        && (asked.Attribute is not { } attribute || Names(asked, attribute, text))
        && (asked.Speaker is not { } speaker || Speaks(speaker, text, before))
        && (!asked.AsksBodyName || NamesBody(asked, text, report));

    /// <summary>
    /// Whether the text names a body the question does not: a capitalised word that is no place, region or people, no
    /// part of a person's name and no word of an institution's title ("Minister", "Ministry"), or a capitalised run
    /// ending in a word of the kind asked ("Bank of Tokyo", "Nordic Airlines"). The word that opens the sentence is no
    /// name when it is formed as an abstract noun ("Negotiations between ...") or the <paramref name="report"/> writes it
    /// elsewhere in lower case ("Creditors said ...").
    /// </summary>
    internal static bool NamesBody(AnalyzedQuestion asked, string text, string? report = null)
    {
        // "Since Vance took office": the last name of a person the report names in full elsewhere ("President Eli Vance").
        var people = Persons(text).SelectMany(name => name.Split(' ')).ToHashSet(StringComparer.Ordinal);
        if (report is not null)
        {
            people.UnionWith(FullNamesOf(report).Keys);
        }

        // "Latin America", "Western Europe": a region's name is a place's, whatever its words.
        var regions = Text.Regions.In(text).ToList();
        int opening = text.AsSpan().IndexOfAnyExcept(Openers);
        foreach (Match word in BodyWord().Matches(text))
        {
            string w = Possessive().Replace(word.Value, string.Empty);
            if (asked.Text.Contains(w, StringComparison.OrdinalIgnoreCase) || people.Contains(w) || Text.Lexicon.QuestionStopWords.Contains(word.Value)
                || regions.Any(r => word.Index >= r.Start && word.Index < r.End)
                || (word.Index == opening && (AbstractNoun().IsMatch(w) || (report is not null && WrittenInLowerCase(w, report)))))
            {
                continue;
            }

            if (Text.Lexicon.BodyKinds.Contains(word.Value.ToLowerInvariant())
                && (CapitalBefore().IsMatch(text.AsSpan(0, word.Index)) || CapitalAfter().IsMatch(text.AsSpan(word.Index + word.Length))))
            {
                return true;
            }

            if (!Text.Lexicon.InstitutionWords.Contains(w) && !IsPlaceWord(w) && !Text.Lexicon.BodyKinds.Contains(w.ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word names a place, a country (in any of its names, "Argentine"), a region or a people.</summary>
    internal static bool IsPlaceWord(string word) =>
        Events.Places.Default.OfDemonym(word) is not null || Events.Places.Default.Find(word).Any()
        || Events.PlaceKinds.Find(Events.PlaceKind.Country, word).Any() || Text.Regions.Is(word);

    [GeneratedRegex(@"\b\p{Lu}[\p{L}’'&-]*")]
    private static partial Regex BodyWord();

    /// <summary>What may stand before a sentence's first word: spaces, quotation marks, brackets, dashes.</summary>
    private static readonly System.Buffers.SearchValues<char> Openers = System.Buffers.SearchValues.Create(" \t\r\n\"'“‘(-–—");

    /// <summary>A noun formed with a suffix that makes abstract nouns: "Negotiations", "Agreement", "Uncertainty".</summary>
    [GeneratedRegex(@"^\p{Lu}\p{Ll}{2,}(?:[st]ions?|ments?|ness|ities|ity|ances?|ences?|ships?)$")]
    private static partial Regex AbstractNoun();

    /// <summary>Whether the report writes the word in lower case somewhere, as a word of its own.</summary>
    private static bool WrittenInLowerCase(string word, string report)
    {
        string lower = word.ToLowerInvariant();
        for (int at = report.IndexOf(lower, StringComparison.Ordinal); at >= 0; at = report.IndexOf(lower, at + 1, StringComparison.Ordinal))
        {
            int end = at + lower.Length;
            if ((at == 0 || !char.IsLetter(report[at - 1])) && (end == report.Length || !char.IsLetter(report[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The mark of a possessive at a word's end: "Argentina's", "the banks'".</summary>
    [GeneratedRegex(@"['’]s?$")]
    private static partial Regex Possessive();

    /// <summary>A capitalised word just before ("Nordic Airlines"), or "of" and one just after ("Bank of Tokyo").</summary>
    [GeneratedRegex(@"\p{Lu}[\p{L}.&'’-]*\s+$")]
    private static partial Regex CapitalBefore();

    [GeneratedRegex(@"^\s+(?:of|de|do|del|di)\s+\p{Lu}")]
    private static partial Regex CapitalAfter();

    /// <summary>
    /// Whether the text says what worries someone: a word for a worry with what it is about after it ("concerns about a
    /// policy", "fears of a collapse", "objected to the plan", "irritants such as"), or a sticking point. A worry named
    /// alone ("unresolved concerns", "concerns raised at the talks") does not say what it is.
    /// </summary>
    internal static bool StatesConcern(string text) => StickingPoint().IsMatch(text)
        || Text.Lexicon.Occurrences(Text.Lexicon.ConcernWords, text).Any(m => ConcernObject().IsMatch(text.AsSpan(m.Index + m.Length)));

    /// <summary>Right after a word for a worry, perhaps one word and what introduces its object ("about", "over", "that", "of").</summary>
    [GeneratedRegex(@"^(?:\s+[\p{L}'’-]+)?\s+(?:about|over|that|regarding|concerning|of|for|to|such\s+as|including)\b|^\s*[:—–]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConcernObject();

    [GeneratedRegex(@"\bsticking[\s-]+points?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StickingPoint();

    /// <summary>Whether the text reports how an offer or a proposal was answered ("accepted", "rejected", "refused").</summary>
    internal static bool ReportsAnswer(string text) => Text.Lexicon.AnyIn(Text.Lexicon.ResponseWords, text);

    /// <summary>
    /// Whether the sentence has the speaker speak: "the minister said", "said the minister", "according to Bonn", "the
    /// consulate released a statement". The pattern is one per speaker, kept in the framework's bounded cache of
    /// patterns, not one per question for good.
    /// </summary>
    internal static bool Speaks(string speaker, string text) =>
        Regex.IsMatch(text, Spoken(speaker), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)
        || OnBehalfOf(speaker, text).Any(other => Regex.IsMatch(text, Spoken(other), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    /// <summary>
    /// For a country as the speaker, the words of the text that speak for it: its other names, its capital where it is
    /// not where something happens ("Oslo said", not "diplomats in Oslo said"), and the word for its people heading
    /// those who speak ("Brazilian officials said", "Norwegian radio quoted the minister as saying").
    /// </summary>
    private static IEnumerable<string> OnBehalfOf(string speaker, string text)
    {
        if (Events.Places.Default.InQuestion(speaker).FirstOrDefault() is not { Name: { } country } found
            || found.Start != 0 || found.End != speaker.Length)
        {
            return [];
        }

        var words = QuestionWord().Matches(text).Where(w => char.IsUpper(w.Value[0])).ToList();
        return words.Where(w => (string.Equals(Events.Places.Default.OfDemonym(w.Value), country, StringComparison.Ordinal) && SpeakerHead().IsMatch(text.AsSpan(w.Index + w.Length)))
                || (Text.CountryPlaces.Capitals(country).Contains(w.Value, StringComparer.OrdinalIgnoreCase) && !PlaceBefore().IsMatch(text.AsSpan(0, w.Index))))
            .Select(w => w.Value)
            .Concat(Events.Places.Default.OtherNames(country, speaker).Where(n => text.Contains(n, StringComparison.OrdinalIgnoreCase)))
            .Where(w => !w.Equals(speaker, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal);
    }

    /// <summary>Right after the word for a people, those who speak for the country: "officials", "Oil Minister", "radio".</summary>
    [GeneratedRegex(@"^\s+(?:[\p{L}-]+\s+){0,2}?(?:officials?|government|ministry|minister|spokes(?:man|woman|person)|radio|television|news\s+agency|agency|president|premier|delegation|delegates?|embassy|envoy|ambassador|authorities|leaders?|sources)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpeakerHead();

    /// <summary>"in", "at", "from", "to" right before a capital: where something is, not who speaks.</summary>
    [GeneratedRegex(@"\b(?:in|at|from|to|near|outside|inside)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceBefore();

    /// <summary>
    /// Whether the sentence has the speaker speak, by name or, right after a sentence that has them speak by name, as
    /// "he", "it" or "the company" ("Texaco said it filed a motion. The company said the motion cites 200 errors.").
    /// </summary>
    internal static bool Speaks(string speaker, string text, IEnumerable<string>? before) =>
        Speaks(speaker, text) || (before is not null && SpeakerReferredTo().IsMatch(text) && before.Take(1).Any(earlier => Speaks(speaker, earlier)));

    /// <summary>
    /// "He said ...", "the company added ...", "..., it said.", "..., said the spokesman.": a speaker named just before,
    /// referred to as the subject that opens the sentence or a clause of it, or right after a verb of speech that ends it.
    /// </summary>
    private static readonly Regex SpeakerReferredToPattern = new(
        @"(?:^|[,;:""“”]\s*)\W*(?:he|she|it|they|the\s+(?:company|firm|group|bank|union|spokes(?:man|woman|person)))\s+(?:also\s+|further\s+)?(?:" + Text.ReportingVerbs.Speech + @")\b|[,""”]\s*(?:" + Text.ReportingVerbs.Inverted + @")\s+(?:he|she|it|they|the\s+(?:company|firm|group|bank|union|spokes(?:man|woman|person)))\s*[.!?""”]*\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static Regex SpeakerReferredTo() => SpeakerReferredToPattern;

    /// <summary>The pattern of a speaker (a name, hyphen or space between its parts) speaking, or quoted "as saying".</summary>
    private static string Spoken(string speaker)
    {
        string s = Regex.Escape(speaker).Replace("-", @"[-\s]", StringComparison.Ordinal);
        return $@"\b{s}\b[^.;:!?]{{0,60}}?\bas\s+saying\b|\b{s}\b[^.;:!?]{{0,80}}?\b(?:{Text.ReportingVerbs.Speech}|(?:released|issued|put\s+out|in)\s+(?:a|an|its|his|her|their)\s+(?:\w+\s+)?(?:statement|communiqu[eé]|announcement))\b|\b(?:{Text.ReportingVerbs.Inverted})\s+(?:(?!(?:to|at|on|of|for|with|about|by|from|in)\b)\S+\s+){{0,4}}?{s}\b|\baccording\s+to\s+(?:\S+\s+){{0,4}}?{s}\b";
    }

    /// <summary>Whether the text names the property asked for, in the question's word or one of its alternatives.</summary>
    internal static bool Names(AnalyzedQuestion asked, string attribute, string text)
    {
        var forms = asked.Groups.FirstOrDefault(g => g.Key.Equals(attribute, StringComparison.OrdinalIgnoreCase))?.Terms.Select(t => t.Text) ?? [attribute];
        return forms.Any(form => MentionsStem(text, form));
    }

    /// <summary>
    /// Whether the text calls someone it names by the calling: "lawyer Jon Kroll", "Jon Kroll, a lawyer for the
    /// families", "the families' lawyer, Jon Kroll,". The word alone ("lawyers for the airline argued") names no one.
    /// </summary>
    private static bool Calls(string text, string calling) => CallingPatterns.GetOrAdd(calling, c => new Regex(
        $@"\b(?i:{c}(?:e?s)?)(?:\s+(?:for|of|to)\s+[^,;()]{{1,60}}?,)?,?\s+(?:[A-Z]\.\s+)?[A-Z][\p{{L}}'’-]+\s+[A-Z][\p{{L}}'’-]+|\b[A-Z][\p{{L}}'’-]+,\s+(?i:a|an|the|his|her|their|its)\s+(?:[\p{{L}}'’-]+\s+){{0,3}}(?i:{c})\b",
        RegexOptions.CultureInvariant)).IsMatch(text);

    private static readonly ConcurrentDictionary<string, Regex> CallingPatterns = new(StringComparer.Ordinal);

    /// <summary>Whether the text holds the word's first five letters ("unemp" for "unemployment"), in any case.</summary>
    internal static bool MentionsStem(string text, string word) => text.Contains(StemOf(word), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the text names what a figure measures: the question's word for it ("the jobless rate"), or a word the
    /// question's concept of it is expanded to, alone or before the same noun for the figure ("unemployment",
    /// "unemployment rate"), in any of its endings; a word that only begins alike ("contract" for "contribution") is
    /// another.
    /// </summary>
    private static bool NamesMeasured(AnalyzedQuestion asked, string measured, string text) =>
        MeasuredWords(asked, measured).Any(w => Regex.IsMatch(text, WordFormsOf(w), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    /// <summary>A noun for the figure itself, not what it measures: "rate", "level", "ceiling".</summary>
    [GeneratedRegex(@"^(?:rates?|levels?|quotas?|targets?|ceilings?|percentages?)$", RegexOptions.IgnoreCase)]
    private static partial Regex MeasureNoun();

    /// <summary>
    /// The sentence without the one it closes or opens by citing ("..., British Prime Minister Jane Doe said.", "Jane Doe,
    /// president of ..., told reporters the government ..."), when what it reports has no pronoun ("he", "she", "it",
    /// "we", "their" ...) that could stand for the speaker: she told of it, she did not do it. Unchanged when the question
    /// asks who said something, who holds a title, or who someone is.
    /// </summary>
    internal static string WithoutSpeaker(string text, bool keepsSpeaker)
    {
        if (keepsSpeaker)
        {
            return text;
        }

        if (TrailingSpeaker().Match(text) is { Success: true } cited && !SpeakerPronoun().IsMatch(text.AsSpan(0, cited.Index)))
        {
            return text[..cited.Index];
        }

        // "Jane Doe, president of the unions council, said the government froze wages": so too the one it opens with.
        if (LeadingSpeaker().Match(text) is { Success: true } opening && !SpeakerPronoun().IsMatch(text.AsSpan(opening.Length)))
        {
            return text[opening.Length..];
        }

        return text;
    }

    private static readonly Regex LeadingSpeakerPattern = new(@"^[^,;""“”]{1,60}?(?:,[^,;""“”]{1,80},)?\s+(?:" + Text.ReportingVerbs.PastWithHearer + @")\s*(?:that\s+)?",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    private static Regex LeadingSpeaker() => LeadingSpeakerPattern;

    private static readonly Regex TrailingSpeakerPattern = new(@",\s*(?:[^,;""“”]{1,80}?)\s+(?:" + Text.ReportingVerbs.Past + @")(?:\s+(?:reporters|journalists|newsmen|on\s+\p{L}+|yesterday|today|tonight|in\s+a\s+statement))?\s*[.!]?[""”]?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    private static Regex TrailingSpeaker() => TrailingSpeakerPattern;

    [GeneratedRegex(@"\b(?:he|she|i|we|it|they|his|her|my|our|its|their)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpeakerPronoun();

    /// <summary>
    /// Whether a standing body named in full did the deed asked about: it is the subject just before the verb ("the U.S.
    /// International Trade Commission ruled unanimously ...") or the agent after it ("was blocked by the Supreme
    /// Court"). A body the question names itself is not who it asks for.
    /// </summary>
    private static bool BodyDid(string question, string deed, string text)
    {
        string stem = Regex.Escape(StemOf(deed.Split(' ')[0]));
        foreach (Match m in NamedBodies().Matches(text))
        {
            string name = m.Groups["name"].Value;
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Text.Lexicon.QuestionStopWords.Contains(w)).ToList();
            if (words.Count > 0 && words.All(w => Text.WholeWords.Contain(question, w.TrimEnd('.'))))
            {
                continue;
            }

            bool subject = Regex.IsMatch(text[(m.Index + m.Length)..], $@"^\s+(?:\p{{L}}+\s+){{0,2}}?{stem}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            bool agent = Regex.IsMatch(text[..m.Index], $@"\b{stem}\w*\s+by\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            if (subject || agent)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A standing body named in full: "the U.S. International Trade Commission", "the Supreme Court".</summary>
    [GeneratedRegex(@"\b(?<name>(?:[A-Z][\p{L}.'’-]*\s+){1,5}(?:Commission|Council|Court|Board|Committee|Tribunal|Ministry|Agency|Federation|Association|Organi[sz]ation|Fund|Panel|Authority|Department))\b")]
    private static partial Regex NamedBodies();

    /// <summary>A word's first five letters, which stand for its forms ("repla" for "replaced", "unemp" for "unemployment").</summary>
    internal static string StemOf(string word) => word.Length > 5 ? word[..5] : word;

    private static bool Holds(QuestionType type, Sentence sentence, string text, string question, bool asksStatement, string? report, bool keepsSpeaker) => type switch
    {
        QuestionType.When => EventDates(sentence, text, asksStatement).Any(),
        // A person the question names, in full or by the last name, is not who it asks for. A last name alone, which
        // stands for someone the report named before, names no one new.
        QuestionType.Who => WithoutSpeaker(text, keepsSpeaker) is var told
            && (PersonMentions(told, report).Any(p => p.Written == p.Name && !QuestionNames(question, p.Name)) || PersonTitle().Matches(told).Any(m => !QuestionNames(question, m.Value))
                || (Text.RoleTitles.GroupIn(told) is { } holders && !question.Contains(holders, StringComparison.OrdinalIgnoreCase))),
        QuestionType.Where => NewPlace(text, question),
        // A number that is part of a date or a length of time ("12 hours", "March 20") is not an amount.
        QuestionType.HowMany => Quantity().Matches(text).Any(m => !question.Contains(m.Value, StringComparison.OrdinalIgnoreCase)
            && !sentence.Times.Any(t => m.Index >= t.Start && m.Index < t.End)),
        QuestionType.HowLong => Durations(sentence, text).Any() || DurationWords().IsMatch(text),
        _ => true,
    };

    /// <summary>Whether the text gives an amount: a sum, a share or a quantity in a unit ("76 billion dlrs", "five pct").</summary>
    internal static bool StatesFigure(string text) => Amount().IsMatch(text);

    /// <summary>Currencies and units of quantity an amount is given in.</summary>
    private const string AmountUnits = @"dlrs?|dollars?|cents?|pounds?|sterling|stg|marks?|francs?|yen|lire|lira|pesos?|rupees?|yuan|roubles?|rubles?|euros?|crowns?|guilders?|schillings?|pct|percent|per\s+cent|" + MeasureUnits;

    /// <summary>Units a quantity of goods or land is measured in.</summary>
    private const string MeasureUnits = @"tonnes?|tons?|barrels?|bpd|ounces?|bushels?|gallons?|litres?|liters?|kilos?|kg|grams?|acres?|hectares?|bales?";

    /// <summary>
    /// A figure with a currency or a unit of quantity (distances are "how far"): "$1.50", "76 billion dlrs", "five pct",
    /// "500,000 tonnes", "2.5 million"; or a fraction of something ("one third", "two-thirds", "a third of", cut "by a
    /// quarter" or "by half"), not an ordinal ("a third round").
    /// </summary>
    [GeneratedRegex(@"\b(?:one|two|three|four)[\s-](?:thirds?|quarters?|fifths?|tenths?)\b|\ba[\s-](?:third|quarter|fifth|tenth)(?=\s+of\b)|(?<=\bby\s+(?:up\s+to\s+|about\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+)?)a\s+(?:third|quarter|fifth|tenth)\b|(?<=\b(?:by|in)\s+)half\b|[$£€¥]\s?\d[\d,.]*\d(?:\s*(?:million|billion|trillion|mln|bln|bn|m)\b)?|[$£€¥]\s?\d|\d[\d,.]*\s?%|\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|hundreds?|thousands?)(?:\s+(?:mln|million|billion|bln|trillion)(?:\s+(?:[\w-]+\s+){0,2}?(?:" + AmountUnits + @"))?|\s+(?:[\w-]+\s+){0,2}?(?:" + AmountUnits + @"))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Amount();

    /// <summary>
    /// Whether the text tells how a vote came out: by the votes cast, a tally ("voted 1314 to 25", "passed the bill
    /// 68-32"), a share for or against ("94 pct in favour"), a number of votes or of those voting ("120 countries voted in
    /// favour"), or "unanimously"; or, unless the <paramref name="count"/> is asked, by what the vote did ("the motion was
    /// carried"). A survey or a turnout gives no result.
    /// </summary>
    internal static bool ReportsVoteResult(string text, bool count) =>
        !Survey().IsMatch(text)
        && (Unanimous().IsMatch(text) || CarriedBy().IsMatch(text)
            || (VoteWord().IsMatch(text) && (VoteCast().IsMatch(text) || (!count && VoteOutcome().IsMatch(text)))));

    /// <summary>A word for a vote or those casting one: "vote", "voted", "voters", "ballot".</summary>
    [GeneratedRegex(@"\b(?:vot(?:e|es|ed|ing|ers?)|ballot(?:s|ed|ing)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VoteWord();

    /// <summary>
    /// The votes cast: a tally that is no span of years ("1986-87") or change ("from 65 to 67"), a share for or against,
    /// a number of votes, or a number of those voting for or against.
    /// </summary>
    [GeneratedRegex(@"(?<!\bfrom\s+)(?<![\d.,])\b(?!(?:19|20)\d\d\s*[-–/]\s*\d{2}\b)\d[\d,]*\s*(?:-|–|to)\s*\d[\d,]*\b(?!\s*(?:pct|percent|per\s+cent|%|mln|million|billion|dlrs|dollars))|\b\d[\d,.]*\s*(?:pct|percent|per\s+cent|%),?\s+(?:of\s+(?:the\s+)?(?:votes?|ballots?)|voted|in\s+favou?r|against|for|yes|no)\b|\b\d[\d,]*\s+(?:votes?|ballots?)\b|\b\d[\d,]*,?\s+(?:[\p{L}'’-]+\s+){0,2}?(?:voted|against|in\s+favou?r)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VoteCast();

    /// <summary>"Unanimously", "a unanimous vote".</summary>
    [GeneratedRegex(@"\bunanimous(?:ly)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Unanimous();

    /// <summary>A tally after the deed it carried: "passed the bill 68-32", "rejected by 212 to 190".</summary>
    [GeneratedRegex(@"\b(?:passed|approved|rejected|adopted|defeated|carried|ratified|endorsed)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:by\s+)?\d[\d,]*\s*(?:-|–|to)\s*\d[\d,]*\b", RegexOptions.IgnoreCase)]
    private static partial Regex CarriedBy();

    /// <summary>What a vote did: "passed", "rejected", "carried", "voted to ratify", "voted against".</summary>
    [GeneratedRegex(@"\b(?:passed|approved|rejected|adopted|defeated|carried|ratified|endorsed|accepted|backed)\b|\bvoted\s+(?:\p{L}+ly\s+)?(?:to|for|against|in\s+favou?r)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VoteOutcome();

    /// <summary>A survey or a turnout, whose figures tell no vote's result.</summary>
    [GeneratedRegex(@"\b(?:opinion\s+polls?|surveys?|turnout)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Survey();

    /// <summary>
    /// The age the text gives, as written: "45-year-old", "62 years old", "aged 71", "at the age of 30" (not a
    /// "retirement age of 65"), the age set off by commas after a name the <paramref name="question"/> holds ("Kroll,
    /// 58, said"), or the year something was founded, set up or built, or dates back to; null when it gives none.
    /// </summary>
    public static string? AgeIn(string text, string question) =>
        Age().Matches(text).FirstOrDefault(m => !m.Groups["name"].Success || question.Contains(m.Groups["name"].Value, StringComparison.OrdinalIgnoreCase)) is { } age
            ? age.Value : null;

    [GeneratedRegex(@"\b\d{1,3}-year-old\b|\b(?:\d{1,3}|\p{L}+-?\p{L}*)\s+years?\s+old\b|\baged\s+\d{1,3}\b|(?<!\b(?:retirement|voting|minimum|maximum|pension|pensionable|legal|school|drinking|marriage|working|mandatory)\s+)\b(?:at\s+)?(?:the\s+)?age\s+of\s+\d{1,3}\b|(?-i:(?<=\b(?<name>\p{Lu}\p{L}+),\s)[1-9]\d(?=,))|\b(?:founded|established|set\s+up|formed|created|built)\s+in\s+\d{4}\b|\bdat(?:es|ed|ing)\s+(?:back\s+)?to\s+\d{4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Age();

    /// <summary>Whether a word is a unit an amount is given in ("dlrs", "pct", "tonnes").</summary>
    public static bool IsUnit(string word) => UnitWord().IsMatch(word);

    [GeneratedRegex(@"^(?:" + AmountUnits + @")$", RegexOptions.IgnoreCase)]
    private static partial Regex UnitWord();

    /// <summary>Whether a word is a unit a quantity of goods or land is measured in ("tonnes", "barrels", "bales").</summary>
    public static bool IsMeasureUnit(string word) => MeasureUnitWord().IsMatch(word);

    [GeneratedRegex(@"^(?:" + MeasureUnits + @")$", RegexOptions.IgnoreCase)]
    private static partial Regex MeasureUnitWord();

    /// <summary>A unit of measure within a figure: "500,000 tonnes", not "280 million".</summary>
    [GeneratedRegex(@"\b(?:" + MeasureUnits + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeasuredIn();

    /// <summary>
    /// The figures of the kind asked for that a sentence gives and the question does not: shares in per cent, sums of
    /// money, quantities in a unit of measure, or counts (numbers that are neither shares nor sums of money, nor part
    /// of a date or a length of time).
    /// </summary>
    public static IEnumerable<string> FiguresOf(FigureKind kind, Sentence sentence, string text, string question, string? perUnit = null) =>
        FigureMatches(kind, sentence, text, question, perUnit).Select(m => m.Value.Trim());

    /// <summary>
    /// The figure of the kind asked for that is bound to what the question measures, the earliest of those that are:
    /// one that stands right before a word for it, with at most two words that describe it between ("12 pct annual
    /// inflation"), or the first after a word for it ("inflation, put by the bank, was 4 pct" over the growth figure
    /// before it). Failing those, the first the sentence gives; null when it gives none. A word for what is measured
    /// is the question's own or one its concept is expanded to, in any of its endings ("inflationary"), and none
    /// within a figure.
    /// </summary>
    internal static string? MeasuredFigure(AnalyzedQuestion asked, FigureKind kind, Sentence sentence, string text)
    {
        var figures = FigureMatches(kind, sentence, text, asked.Text, asked.PerUnit).ToList();
        if (figures.Count == 0)
        {
            return null;
        }

        bool InFigure(int at) => figures.Any(f => at >= f.Index && at < f.Index + f.Length);
        var mentions = asked.Measured is { } measured
            ? MeasuredWords(asked, measured).SelectMany(w => Regex.Matches(text, WordFormsOf(w), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
                .Select(m => m.Index).Where(at => !InFigure(at)).Distinct().Order().ToList()
            : [];
        bool Before(Match f) => mentions.Any(at => at >= f.Index + f.Length && RightBefore().IsMatch(text.AsSpan(f.Index + f.Length, at - f.Index - f.Length)));
        bool FirstAfter(Match f) => mentions.Any(at => at < f.Index && !figures.Any(o => o.Index > at && o.Index < f.Index));
        return (figures.FirstOrDefault(f => Before(f) || FirstAfter(f)) ?? figures[0]).Value.Trim();
    }

    /// <summary>
    /// Whether the text names a thing by the question's own word for it, in any of its endings and in one ("shares" finds
    /// "a share"), but not within a name ("the Lund Pension Fund"): written in lower case, or all in capitals ("the IPO").
    /// </summary>
    internal static bool NamesThing(string text, string word)
    {
        string one = word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase) ? word[..^1] : word;
        return ThingPatterns.GetOrAdd(one, static w => new Regex(WordFormsOf(w), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
            .Matches(text).Any(m => char.IsLower(text[m.Index]) || m.Value.All(c => !char.IsLetter(c) || char.IsUpper(c)));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> ThingPatterns = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A word in any of its endings, as a pattern: a longer word by all but its last two letters ("inflati" for
    /// "inflation", "inflationary"), a short one whole or in the plural ("gold", "golds", not "Goldman").
    /// </summary>
    internal static string WordFormsOf(string word) => word.Length > 6
        ? @"\b" + Regex.Escape(word[..^2]) + @"\p{L}*\b"
        : @"\b" + Regex.Escape(word) + @"(?:s|es)?\b";

    /// <summary>The words that name what a figure measures: the question's own and its concept's one-word expansions.</summary>
    private static IEnumerable<string> MeasuredWords(AnalyzedQuestion asked, string measured) =>
        asked.Groups.Where(g => Text.WholeWords.Contain(g.Key, measured)).SelectMany(g => g.Terms)
            .Select(t => t.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries) switch
            {
                [var alone] => alone,
                [var word, var noun] when MeasureNoun().IsMatch(noun) => word,
                _ => null,
            })
            .OfType<string>().Where(w => w.Length >= 4).Append(measured).Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// What may stand between a figure and the word for what it measures right after it: at most two words that
    /// describe it ("annual", "year-on-year"), none a word that joins or compares ("and", "while", "against") and
    /// no verb of being or change ("was", "rose").
    /// </summary>
    [GeneratedRegex(@"^\s+(?:(?!(?:and|or|but|while|whereas|as|against|from|than|with|after|before|since|in|of|to|for|on|at|by|was|were|is|are|be|been|has|had|have|rose|fell|grew|rising|falling|up|down)\b)[\p{L}-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex RightBefore();

    private static IEnumerable<Match> FigureMatches(FigureKind kind, Sentence sentence, string text, string question, string? perUnit)
    {
        var figures = kind switch
        {
            // "its 63 pct-owned unit" gives a stake held, which answers only what is owned or held.
            FigureKind.Percentage when !OwningAsked().IsMatch(question) => Share().Matches(text).Cast<Match>().Where(m => !Held(m)),
            FigureKind.Percentage => Share().Matches(text).Cast<Match>(),
            FigureKind.Money => Money().Matches(text).Cast<Match>(),
            // Nor is a stake held a change in an amount.
            FigureKind.Change => Share().Matches(text).Cast<Match>().Where(m => !Held(m)).Concat(Money().Matches(text)).OrderBy(m => m.Index),
            FigureKind.Measure => Amount().Matches(text).Cast<Match>().Where(m => MeasuredIn().IsMatch(m.Value) && Plain(m)),
            _ => Quantity().Matches(text).Cast<Match>().Where(m => Plain(m) && !InName(text, m.Index)),
        };
        // "What price per share ...?" is answered by a sum given a share ("145 dlrs per share"), not by the total.
        return figures.Where(m => kind == FigureKind.Count || !GivenForOther(text, m, question))
            .Where(m => perUnit is null || kind != FigureKind.Money || PerUnitAfter(text, m.Index + m.Length, perUnit))
            .Where(m => !question.Contains(m.Value.Trim(), StringComparison.OrdinalIgnoreCase));

        // A share that is a stake held: "63 pct-owned".
        bool Held(Match m) => Holding().IsMatch(text.AsSpan(m.Index + m.Length));

        // A figure that is no share, no sum of money and no part of a date or a length of time.
        bool Plain(Match m) => !InAny(Share().Matches(text), m.Index) && !InAny(Money().Matches(text), m.Index)
            && !sentence.Times.Any(t => m.Index >= t.Start && m.Index < t.End);
    }

    /// <summary>
    /// Whether the words right after a sum give it for one of the unit: " a share", " per common share", " for each
    /// share", "/tonne", " each". A ton and a tonne are one unit here.
    /// </summary>
    private static bool PerUnitAfter(string text, int at, string unit)
    {
        string named = unit is "ton" or "tonne" ? "ton(?:ne)?s?" : Regex.Escape(unit);
        return Regex.IsMatch(text.AsSpan(at), @"^\s*(?:(?:a|an|per|each|for\s+each|for\s+every)\s+(?:[\p{L}-]+\s+){0,2}?|/\s*)" + named + @"\b|^\s*each\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>
    /// Whether the number at <paramref name="index"/> is part of a name ("BAE 146 jets", "a Boeing 747", "Resolution
    /// 598"): a capitalised word stands right before it, and is not the first of the sentence. A sentence in capitals
    /// throughout (a headline) tells nothing by its capitals.
    /// </summary>
    internal static bool InName(string text, int index) => NameBefore().IsMatch(text.AsSpan(0, index)) && text.Any(char.IsLower);

    [GeneratedRegex(@"\S\s+(?:\p{Lu}\p{Ll}+|\p{Lu}{2,})\s+$")]
    private static partial Regex NameBefore();

    /// <summary>A question on what is owned or held: a stake held answers it.</summary>
    [GeneratedRegex(@"\b(?:own(?:s|ed|ing|ership)?|stakes?|hold(?:s|ing|ings)?|held|control(?:s|led|ling)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwningAsked();

    /// <summary>Right after a share, what makes it a stake held: "pct-owned", "percent held".</summary>
    [GeneratedRegex(@"^-?\s?(?:owned|held|controlled)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Holding();

    /// <summary>
    /// Whether the sentence names what "how many ...?" counts but gives its numbers only to other things: "the envoys
    /// signed letters and agreed to reopen four consulates" says how many consulates, not how many letters. A number
    /// counts the thing asked when its name stands within a few words of it, on either side. A sentence that does not
    /// name the thing at all may count it in other words, unless all its numbers count meetings ("two rounds"), or
    /// each counts the thing its own noun names and one of those is another thing the question names.
    /// </summary>
    internal static bool CountsOnlyOthers(AnalyzedQuestion asked, Sentence sentence, string text)
    {
        if (asked.Figure != FigureKind.Count || asked.Counted.Count == 0)
        {
            return false;
        }

        var forms = asked.Groups.FirstOrDefault(g => g.Key.Equals(asked.Counted[^1], StringComparison.OrdinalIgnoreCase))?.Terms.Select(t => t.Text).ToList()
            ?? [asked.Counted[^1]];
        var words = CountWord().Matches(text);
        bool IsCounted(Match word) => forms.Any(form => SameNoun(word.Value, form));
        var named = words.Where(IsCounted).Select(w => w.Index).ToList();
        var counts = Quantity().Matches(text).Where(m => !InAny(Share().Matches(text), m.Index) && !InAny(Money().Matches(text), m.Index)
            && !sentence.Times.Any(t => m.Index >= t.Start && m.Index < t.End)
            && !asked.Text.Contains(m.Value, StringComparison.OrdinalIgnoreCase)).ToList();
        if (counts.Count == 0)
        {
            return false;
        }

        if (named.Count == 0)
        {
            // The numbers of a sentence that does not name the thing asked may count it in other words. "How many
            // diplomats were expelled?" is not answered by "we've had two rounds": a number of meetings counts no one and
            // nothing else, while a number alone ("expelled 60") or of other people may be the one asked. "How many times
            // have they met?" and "how many sessions ...?" count meetings themselves. Nor is "how many ferries did the
            // dockers' strike hold up?" answered by "800 dockers and 40 pilots": every number there counts the thing
            // its own noun names, one of them another thing the question names.
            return (!OfMeetings(asked.Counted[^1]) && counts.All(count => CountsMeetings().IsMatch(text.AsSpan(count.Index + count.Length))))
                || CountsOtherNouns(asked, text, counts) || CountsThingsForPeople(asked, text, counts);
        }

        // "bring the number of members to 36": the number is given of the thing wherever it stands.
        int Position(int index) => words.Count(w => w.Index < index);
        var numbered = NumberOf().Matches(text).Select(m => Position(m.Index + m.Length)).ToList();
        return !named.Any(at => numbered.Any(n => Position(at) >= n && Position(at) - n < NearCount))
            && !counts.Any(count => named.Any(at => Math.Abs(Position(at) - Position(count.Index)) <= NearCount));
    }

    /// <summary>
    /// Whether every number has a noun of its own right after it ("800 dockers", "40 pilots"), and one of those nouns is
    /// a word of the question, as it writes it, other than the thing it asks to count. A count of people or of another
    /// word for a person is left to any noun for people ("30 protesters" may be the people asked about).
    /// </summary>
    private static bool CountsOtherNouns(AnalyzedQuestion asked, string text, List<Match> counts)
    {
        string thing = asked.Counted[^1];
        if (Text.Lexicon.PersonNouns.Contains(thing))
        {
            return false;
        }

        string counted = StemOf(thing);
        var others = asked.Groups.Select(g => g.Key).Where(k => !k.StartsWith(counted, StringComparison.OrdinalIgnoreCase)).ToList();
        var nouns = counts.Select(count => NounAfterCount().Match(text, count.Index + count.Length)).ToList();
        return nouns.All(n => n.Success && !n.Groups["noun"].Value.StartsWith(counted, StringComparison.OrdinalIgnoreCase)
                && !Text.Lexicon.QuestionStopWords.Contains(n.Groups["noun"].Value))
            && nouns.Any(n => others.Any(k => k.Equals(n.Groups["noun"].Value, StringComparison.OrdinalIgnoreCase)
                || (k + "s").Equals(n.Groups["noun"].Value, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// Whether a count of people is asked ("how many envoys ...?") and every number counts things: its noun, after at
    /// most two words that describe it, is a plural that names no person ("six consular buildings", "40 heavy trucks").
    /// A noun that may name people ("800 dockers", "30 delegates"), or a number with no plural noun of its own after it
    /// ("12 crew", "expelled 40 this month"), leaves the number to them.
    /// </summary>
    private static bool CountsThingsForPeople(AnalyzedQuestion asked, string text, List<Match> counts)
    {
        string thing = asked.Counted[^1];
        if (!MayNamePeople(thing))
        {
            return false;
        }

        return counts.All(count => ThingCounted().Match(text, count.Index + count.Length) is { Success: true } noun
            && !noun.Groups["word"].Captures.Any(w => IsFunctionWord(w.Value)) && !IsFunctionWord(noun.Groups["noun"].Value)
            && !MayNamePeople(noun.Groups["noun"].Value));

        // "Expelled 12 over two years", "arrested 150 during the protests", "expelled 40 this month": a word of grammar
        // after the number leaves it counting no noun.
        static bool IsFunctionWord(string word) => Text.Lexicon.Get("stop-words").Contains(word) || Text.Lexicon.QuestionStopWords.Contains(word)
            || GrammarWord().IsMatch(word);
    }

    /// <summary>Prepositions and adverbs the stop words leave out: "across", "since", "thus", "amid".</summary>
    [GeneratedRegex(@"^(?:across|since|thus|amid|amidst|among|amongst|per|via|within|without|toward|towards|besides|versus|whereas|unless)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GrammarWord();

    /// <summary>
    /// Whether a noun may name people: a word for a person or a title, or one formed as names for people are ("-ers",
    /// "-ors", "-ists", "-ians", "-ants", "-ents", "-ees", "-men", "-ives"), or a word for a body of them ("people",
    /// "staff", "crew", "troops").
    /// </summary>
    internal static bool MayNamePeople(string noun) =>
        Text.Lexicon.PersonNouns.Contains(noun) || Text.Lexicon.PersonNouns.Contains(SingularOf(noun)) || Text.RoleTitles.Find(SingularOf(noun)) is not null
        || PeopleEnding().IsMatch(noun);

    [GeneratedRegex(@"(?:ers|ors|ists|ians|ants|ents|ees|men|ives|eople|taff|rew|rews|roops)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeopleEnding();

    /// <summary>The noun a number counts, after at most two lower-case words that describe it: "buildings" of "six consular buildings".</summary>
    [GeneratedRegex(@"\G\s+(?:(?<word>\p{Ll}[\p{Ll}-]*)\s+){0,2}?(?<noun>\p{Ll}[\p{Ll}'’-]{2,}s)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ThingCounted();

    /// <summary>
    /// Whether a word of the text is the noun a question writes, in its singular or plural ("envoy", "envoys",
    /// "envoy's"), not another word that begins as it does ("diplomatic" for "diplomats"). A name of several words is
    /// matched by its last.
    /// </summary>
    internal static bool SameNoun(string word, string noun)
    {
        string last = noun.Contains(' ', StringComparison.Ordinal) ? noun[(noun.LastIndexOf(' ') + 1)..] : noun;
        return SingularOf(word.TrimEnd(',', '.', '-', '\'', '’', '"', '”')).Equals(SingularOf(last), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A noun's singular by its plain endings, possessive dropped: "envoys", "envoy's": "envoy"; "parties": "party"; "taxes": "tax".</summary>
    internal static string SingularOf(string noun)
    {
        string w = noun.TrimEnd('\'', '’');
        if (w.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || w.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
        {
            w = w[..^2];
        }

        return w.Length <= 3 || !w.EndsWith('s') || w.EndsWith("ss", StringComparison.OrdinalIgnoreCase) ? w
            : w.EndsWith("ies", StringComparison.OrdinalIgnoreCase) && w.Length > 4 ? w[..^3] + "y"
            : Regex.IsMatch(w, @"(?:x|ch|sh|ss|z)es$", RegexOptions.IgnoreCase) ? w[..^2]
            : w[..^1];
    }

    /// <summary>The word right after a number, when it reads as a plural noun: "dockers" of "800 dockers in Nordby".</summary>
    [GeneratedRegex(@"\G\s+(?<noun>\p{L}[\p{L}'’-]{2,}s)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NounAfterCount();

    /// <summary>Right after a number, what it counts is meetings: "two rounds", "three earlier meetings", "five sessions".</summary>
    private static readonly Regex CountsMeetingsPattern = new(@"^\s+(?:\p{L}+\s+)?(?:" + Text.EventWords.Counted + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static Regex CountsMeetings() => CountsMeetingsPattern;

    private static readonly Regex MeetingsCountedPattern = new(@"\b(?:" + Text.EventWords.Counted + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>A word for meetings that numbers count ("rounds", "meetings", "sessions").</summary>
    private static Regex MeetingsCounted() => MeetingsCountedPattern;

    /// <summary>Whether what is counted is meetings or occasions: "rounds", "sessions", "times", "ballots".</summary>
    private static bool OfMeetings(string counted) =>
        CountsMeetings().IsMatch(" " + counted) || Regex.IsMatch(counted, @"^(?:times|occasions|ballots|votes|talks)$", RegexOptions.IgnoreCase);

    /// <summary>"the number of", "a total of": what follows is what a figure elsewhere in the sentence counts.</summary>
    [GeneratedRegex(@"\b(?:number|total|tally|count)\s+of\s", RegexOptions.IgnoreCase)]
    private static partial Regex NumberOf();

    /// <summary>How many words from a number the name of what it counts may stand ("six former diplomatic properties").</summary>
    private const int NearCount = 3;

    [GeneratedRegex(@"[\p{L}\d][\p{L}\d,.'’-]*")]
    private static partial Regex CountWord();

    private static bool InAny(MatchCollection spans, int at) => spans.Any(s => at >= s.Index && at < s.Index + s.Length);

    /// <summary>A share in per cent: "97 pct", "12.5%", "7/8 pct", "1-1/2 pct", "five per cent", "two percentage points".</summary>
    [GeneratedRegex(@"(?<![\d/.,])(?:\d+/\d+|\d[\d,.]*(?:-\d+/\d+)?)\s?%|\b(?:(?<![\d/.,])(?:\d+/\d+|\d[\d,.]*(?:-\d+/\d+)?)(?:\s*(?:-|to)\s*\d[\d,./]*)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|half\s+a)\s+(?:pct|percent|per\s+cent|percentage\s+points?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Share();

    /// <summary>A sum of money: "$1.50", "76 billion dlrs", "40 mln Canadian dlrs", "two million pounds", "500 yen".</summary>
    [GeneratedRegex(@"[$£€¥]\s?\d[\d,.]*(?:\s*(?:million|billion|trillion|mln|bln|bn|m)\b)?|\b(?:(?<![\d/.,])\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a)(?:\s+(?:mln|million|billion|bln|trillion|bn))?\s+(?:(?!per\s)[\p{L}.-]+\s+)?(?:" + MoneyUnits + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex Money();

    /// <summary>Currencies a sum of money is given in.</summary>
    internal const string MoneyUnits = @"dlrs?|dollars?|cents?|pounds?|sterling|stg|marks?|francs?|yen|lire|lira|pesos?|rupees?|yuan|roubles?|rubles?|euros?|crowns?|guilders?|schillings?|shillings?|leones?|zaires?|kwacha|cedis?|bolivars?|bolivianos?|sucres?|intis?|dirhams?|rand|riyals?|dinars?|shekels?|won|baht|ringgit|rupiah|naira|cruzados?|australs?|pesetas?|escudos?|drachmas?|kronor|kroner|krona|krone";

    /// <summary>
    /// The first amount the text gives ("500 mln dlrs", "$1.50") that is not given for an account the
    /// <paramref name="question"/> does not name; null when it gives none.
    /// </summary>
    public static string? AmountIn(string text, string question) =>
        Amount().Matches(text).FirstOrDefault(m => !GivenForOther(text, m, question)) is { } m ? m.Value.Trim() : null;

    /// <summary>
    /// Whether the sentence gives the figure for an account the question does not name: "pre-tax profits of 26 mln stg",
    /// "10 mln dlrs in subsidies to farmers" or "a 40 pct tariff" do not say how much was offered, paid or shipped. The
    /// question names the account by any of its words ("lose" for "losses").
    /// </summary>
    internal static bool GivenForOther(string text, Match figure, string question) =>
        MeasureOf(text, figure) is { } account
        && !QuestionWord().Matches(question).Any(w => Accounts.Value.TryGetValue(w.Value, out int named) && named == account);

    /// <summary>
    /// The accounts (<c>Text/Lexicons/measure-nouns.txt</c>): each word, with the number of its line, whose words all
    /// name the same account.
    /// </summary>
    private static readonly Lazy<FrozenDictionary<string, int>> Accounts = new(() =>
    {
        var accounts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        int line = 0;
        foreach (string entry in EmbeddedData.Entries(EmbeddedData.Read("DiplomacyBot.Core.Text.Lexicons.measure-nouns.txt")))
        {
            foreach (string word in entry.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                accounts.TryAdd(word, line);
            }

            line++;
        }

        return accounts.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    });

    /// <summary>
    /// The account a figure is given for, by the line of the accounts that names it: the noun just before "of" ("profits
    /// of ..."), or the last noun of the words just after it ("... in subsidies to", "a ... tariff on", but not "a ...
    /// tax cut", which is a cut). Null when it is given for none.
    /// </summary>
    private static int? MeasureOf(string text, Match figure)
    {
        int from = Math.Max(0, figure.Index - MeasureReach);
        Match before = MeasureBefore().Match(text, from, figure.Index - from);
        if (before.Success && Accounts.Value.TryGetValue(before.Groups["noun"].Value, out int account))
        {
            return account;
        }

        Match after = MeasureAfter().Match(text, figure.Index + figure.Length);
        if (!after.Success)
        {
            return null;
        }

        var words = after.Groups["word"].Captures.Select(c => c.Value).ToList();
        if (MeasureStop().IsMatch(words[0]))
        {
            // "26 mln stg on sales of ...": what follows is no noun of the figure.
            return null;
        }

        int end = words.FindIndex(1, w => MeasureStop().IsMatch(w));
        string head = words[(end < 0 ? words.Count : end) - 1];
        return Accounts.Value.TryGetValue(head, out int named) ? named : null;
    }

    /// <summary>How far before a figure the account it is given for is looked for.</summary>
    private const int MeasureReach = 80;

    /// <summary>"profits of about ", "exports worth ": the account named just before a figure.</summary>
    [GeneratedRegex(@"\b(?<noun>\p{L}+)\s+(?:of|totall?ing|worth|at)\s+(?:(?:about|around|some|roughly|nearly|almost|over|under|just|only|more\s+than|less\s+than|up\s+to|as\s+much\s+as|an\s+estimated|a\s+record|a|an)\s+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex MeasureBefore();

    /// <summary>" in transferable tax losses", " tariff on": up to three words just after a figure, after any "in" or "of".</summary>
    [GeneratedRegex(@"\G\s+(?:(?:in|of)\s+)?(?:(?<word>\p{L}+)(?:[\s-]+|$|(?=\W))){1,3}", RegexOptions.IgnoreCase)]
    private static partial Regex MeasureAfter();

    /// <summary>A word that ends the noun a figure is given for: a function word, or a participle ("accumulated", "rising").</summary>
    [GeneratedRegex(@"^(?:a|an|the|to|in|on|at|of|for|from|with|by|and|or|but|as|than|that|which|who|is|are|was|were|be|been|has|have|had|will|would|could|should|may|might|this|these|those|its|their|his|her|it|they|he|she|\p{L}+ed|\p{L}+ing)$", RegexOptions.IgnoreCase)]
    private static partial Regex MeasureStop();

    /// <summary>Whether the sentence gives a length of time in the unit asked for ("12 hours", "a 12-hour session" for "hour").</summary>
    private static bool InUnit(Sentence sentence, string text, string unit) =>
        Durations(sentence, text).Any(t => UnitOf(t.Value) == unit)
        || DurationWords().Matches(text).Any(m => m.Groups["unit"].Value.Equals(unit, StringComparison.OrdinalIgnoreCase));

    /// <summary>The unit of a TIMEX3 length of time ("PT5H": hour, "P60D": day, "P3M": month, "PT30M": minute; the smallest of a mixed one, "P1Y6M": month); null when unknown.</summary>
    internal static string? UnitOf(string duration)
    {
        if (duration.Length < 3 || duration[0] != 'P')
        {
            return null;
        }

        bool time = duration.Contains('T', StringComparison.Ordinal);
        return duration[^1] switch
        {
            'S' => "second",
            'M' => time ? "minute" : "month",
            'H' => "hour",
            'D' => "day",
            'W' => "week",
            'Y' => "year",
            _ => null,
        };
    }

    /// <summary>Words for leading something: "led", "headed", "chaired", "the head of", "chief", "at the helm".</summary>
    [GeneratedRegex(@"\b(?:led|lead|leads|leading|leader|leaders|leadership|headed|heads|head|chaired|chairs|chair|chairman|chairwoman|chairmanship|chairing|chief|helm|presides|presided|presiding)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Leading();

    public static bool HasDate(Sentence sentence) =>
        sentence.Times.Any(t => t.Type is TimexType.Date or TimexType.Time && !t.Value.EndsWith("_REF", StringComparison.Ordinal));

    /// <summary>
    /// The dates in a sentence that can answer "when" about what the question asks. The date of a statement ("Yeutter
    /// said on Monday that ...", "On Friday, Washington announced ...") dates the saying, not what was said, so it
    /// counts only when the question asks about the statement itself.
    /// </summary>
    public static IEnumerable<TemporalExpression> EventDates(Sentence sentence, string text, bool asksStatement)
    {
        return sentence.Times.Where(t => t.Type is TimexType.Date or TimexType.Time && !t.Value.EndsWith("_REF", StringComparison.Ordinal)
            && t.End <= text.Length
            && (asksStatement || !DatesStatement(text, t)));
    }

    private static bool DatesStatement(string text, TemporalExpression t) =>
        ReportingBefore.IsMatch(text.AsSpan(0, t.Start))
        || (Fronted().IsMatch(text.AsSpan(0, t.Start)) && ReportingAfter.IsMatch(text.AsSpan(t.End)))
        || ReportingNext.IsMatch(text.AsSpan(t.End))
        || DatedDocument().IsMatch(text.AsSpan(0, t.Start));

    /// <summary>"Norland firms last week announced", "the ministry on Tuesday said": a date just before the verb of a statement.</summary>
    private static readonly Regex ReportingNext = new(@"^\s+(?:" + Text.ReportingVerbs.Past + @")\b", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>"a letter dated May 3", "in a statement dated Monday": the date a document bears.</summary>
    [GeneratedRegex(@"\bdated\s+(?:on\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DatedDocument();

    /// <summary>A date that opens the sentence ("On Friday, ..."), so it belongs to the main verb that follows.</summary>
    [GeneratedRegex(@"^\W*(?:(?:on|late|early|earlier|later)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Fronted();

    /// <summary>"said on Monday", "announced yesterday", "told reporters today".</summary>
    private static readonly Regex ReportingBefore = new(@"\b(?:" + Text.ReportingVerbs.PastWithHearer + @")\s+(?:on\s+|late\s+|early\s+|here\s+)?$", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>"On Friday, Washington announced", "Yesterday the ministry said", "today's statement".</summary>
    private static readonly Regex ReportingAfter = new(@"^(?:,?\s+(?:[\p{L}.'’-]+\s+){0,4}?(?:" + Text.ReportingVerbs.Past + @")\b|'s\s+(?:statement|announcement|remarks|comments|briefing|news conference|press conference))", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>
    /// A figure or a word for a number; "the two nations", "these three issues" refer back to things already counted
    /// and report no count.
    /// </summary>
    [GeneratedRegex(@"\b(?:\d[\d,.]*|(?<!\b(?:the|these|those)\s+)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|dozens?|hundreds?|thousands?|millions?|billions?|several|half)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Quantity();

    /// <summary>
    /// The lengths of time a sentence states. An amount per unit of time is a rate, not a length: "300 mln dlrs a
    /// year", "two mln bpd per day"; a part of a year is a period: "the last quarter of 1986".
    /// </summary>
    public static IEnumerable<TemporalExpression> Durations(Sentence sentence, string text) => sentence.Times
        .Where(t => t.Type == TimexType.Duration && t.End <= text.Length && !t.Value.Contains('X', StringComparison.Ordinal)
            && !(PerUnit().IsMatch(t.Text) && RateBefore().IsMatch(text.AsSpan(Math.Max(0, t.Start - 40), Math.Min(40, t.Start))))
            && !OfAYear().IsMatch(text.AsSpan(t.End))
            && !SinceTheLast().IsMatch(text.AsSpan(0, t.Start + (InOpening().Match(t.Text) is { Success: true } opening ? opening.Length : 0))));

    /// <summary>
    /// "the first national strike by seamen in 25 years", "the lowest level for five years": a length of time since the
    /// last time, not how long the thing itself lasts. A verb between ("the first shipment is due in two weeks", "the
    /// first phase will be completed in 18 months") makes it a time from now.
    /// </summary>
    [GeneratedRegex(@"\b(?:first|biggest|largest|worst|best|highest|lowest|longest|shortest|strongest|weakest|fastest|sharpest|steepest|deepest|heaviest|record)\s+(?:(?!(?:will|would|shall|can|could|may|might|must|should|is|are|was|were|be|been|being|has|have|had|due|to|and|but|or|said|says|expected|set|scheduled)\b)[\p{L}'’-]+\s+){0,5}(?:in|for)\s+(?:(?:more\s+than|over|nearly|almost|at\s+least|about|some|the\s+(?:past|last))\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SinceTheLast();

    /// <summary>"in" or "for" opening a tagged length of time ("in 25 years").</summary>
    [GeneratedRegex(@"^(?:in|for)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex InOpening();

    /// <summary>
    /// How long from the report until something, as a sentence says it ("ready within three to four months", "due in two
    /// weeks"): each such length of time, with where its phrase starts ("within").
    /// </summary>
    public static IEnumerable<(TemporalExpression Duration, int Start)> WithinTimes(Sentence sentence, string text) =>
        Durations(sentence, text)
            .Select(t => (Duration: t, Opening: WithinOpening().IsMatch(text.AsSpan(t.Start, t.End - t.Start)) ? t.Start
                : WithinBefore().Match(text[..t.Start]) is { Success: true } before ? before.Index : -1))
            .Where(w => w.Opening >= 0)
            .Select(w => (w.Duration, w.Opening));

    /// <summary>"within", "in", "inside" or "in the next" just before a length of time, perhaps after its first bound ("within three to").</summary>
    [GeneratedRegex(@"\b(?:within|inside|in(?:\s+the\s+next)?)\s+(?:(?:about|around|some|roughly|another)\s+)?(?:[\p{L}\d]+\s+(?:to|or)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex WithinBefore();

    /// <summary>A length of time tagged with the word that makes it a time from now ("within three months").</summary>
    [GeneratedRegex(@"^(?:within|inside|in)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WithinOpening();

    /// <summary>
    /// Whether a question on how long something is to last ("how long will the freeze stay in force?") is answered by
    /// the day it runs until. How long something lasted is a length, not the day it ended.
    /// </summary>
    public static bool RunsUntil(AnalyzedQuestion asked) =>
        asked.Type == QuestionType.HowLong && asked.Tense != Events.EventStatus.Held && asked.DurationUnit is null;

    /// <summary>The days a sentence says something runs until: "until July 1", "through 1990".</summary>
    public static IEnumerable<TemporalExpression> EndPoints(Sentence sentence, string text) => sentence.Times
        .Where(t => t.Type == TimexType.Date && t.End <= text.Length && !t.Value.Contains('X', StringComparison.Ordinal)
            && UntilBefore().IsMatch(text.AsSpan(0, t.Start)));

    [GeneratedRegex(@"\b(?:until|till|through)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex UntilBefore();

    /// <summary>"the last quarter of 1986", "the first half of the year": a part of a year, which is when, not how long.</summary>
    [GeneratedRegex(@"^\s+of\s+(?:\d{4}|(?:the|this|last|next)\s+year)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfAYear();

    [GeneratedRegex(@"(?:\d|\b(?:mln|million|billion|bln|thousand|hundred|dlrs?|dollars?|pct|percent|tonnes?|barrels?|bpd|units?|francs|marks|yen|pounds|lire))(?:\s+[\p{L}.-]+){0,2}\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RateBefore();

    [GeneratedRegex(@"^(?:an?|per)\s", RegexOptions.IgnoreCase)]
    private static partial Regex PerUnit();

    [GeneratedRegex(@"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)[- ](?<unit>year|month|week|day|hour|minute|second)s?\b|\b(?<unit>year|month|week|day|hour)-long\b", RegexOptions.IgnoreCase)]
    private static partial Regex DurationWords();

    /// <summary>
    /// Whether the question names the person, in full or by the last name ("after brandt resigned" names "Ola Brandt"):
    /// such a person is not who it asks for.
    /// </summary>
    internal static bool QuestionNames(string question, string name) =>
        question.Contains(Possessive().Replace(name[(name.LastIndexOf(' ') + 1)..], string.Empty), StringComparison.OrdinalIgnoreCase);

    /// <summary>A person named by office: "buffer stock manager Juergen Plambeck", "the ministers of ...".</summary>
    [GeneratedRegex(@"\b(?:minister|president|chairman|chairwoman|secretary|governor|spokes(?:man|woman|person)|director|manager|ambassador|envoy|prime minister|premier|king|chancellor)\s+(?:[A-Z][\p{L}'’-]+\s+){0,2}[A-Z][\p{L}'’-]+")]
    private static partial Regex PersonTitle();

    /// <summary>
    /// Two or more capitalised words that are not an institution ("Alexander Darchiev", "Marco Rubio"), a hyphened
    /// name whole ("Hanns Christian Schroeder-Hohenwarth"), a word with a capital inside whole ("Ann McAllister").
    /// </summary>
    [GeneratedRegex(@"\b[A-Z][\p{Ll}'’]+(?:[A-Z][\p{Ll}'’]+)?(?:-\p{L}[\p{Ll}'’]*)*(?:\s+(?:de|da|van|von|al|bin|le)?\s*[A-Z][\p{Ll}'’]+(?:[A-Z][\p{Ll}'’]+)?(?:-\p{L}[\p{Ll}'’]*)*)+\b")]
    private static partial Regex CapitalisedRun();

    /// <summary>One or more capitalised words in a row, as <see cref="CapitalisedRun"/> reads them.</summary>
    [GeneratedRegex(@"\b[A-Z][\p{Ll}'’]+(?:[A-Z][\p{Ll}'’]+)?(?:-\p{L}[\p{Ll}'’]*)*(?:\s+(?:de|da|van|von|al|bin|le)?\s*[A-Z][\p{Ll}'’]+(?:[A-Z][\p{Ll}'’]+)?(?:-\p{L}[\p{Ll}'’]*)*)*\b")]
    private static partial Regex CapitalisedWords();

    /// <summary>
    /// Capitalised runs that read as people's names: two or more capitalised words in a row once institution words
    /// are taken out ("West German Finance Minister Gerhard Stoltenberg" names "Gerhard Stoltenberg"; "The International
    /// Cocoa Organization" names no one).
    /// </summary>
    public static IEnumerable<string> Persons(string text) => PersonMentions(text).Select(p => p.Name);

    /// <summary>
    /// The people a text names, each with the words it writes the name with. Given the whole <paramref name="report"/>,
    /// a last name alone stands for the person the report first names in full with it ("Kessler" for "Dan Kessler"), and
    /// the word that opens the sentence is no part of a name when the report writes it elsewhere in lower case ("Then
    /// Kessler said ...").
    /// </summary>
    internal static IEnumerable<(string Name, string Written)> PersonMentions(string text, string? report = null)
    {
        IReadOnlyDictionary<string, string> fullNames = report is null ? System.Collections.Frozen.FrozenDictionary<string, string>.Empty : FullNamesOf(report);
        int opening = text.AsSpan().IndexOfAnyExcept(Openers);
        foreach (Match m in (report is null ? CapitalisedRun() : CapitalisedWords()).Matches(text))
        {
            var current = new List<string>();
            int at = m.Index;
            foreach (string word in m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Append("The"))
            {
                // Where the word stands matters only for the report's reading of the sentence's opening word.
                int wordAt = report is null ? -1 : text.IndexOf(word, at, StringComparison.Ordinal);
                at = wordAt >= 0 ? wordAt + word.Length : at;
                // "South African Transport Services": a people's name belongs to a body's name, not a person's.
                if (!Text.Lexicon.InstitutionWords.Contains(word) && char.IsUpper(word[0]) && Events.Places.Default.OfDemonym(word) is null
                    && !Events.PlaceKinds.IsOtherCountryName(word) && !Text.Regions.Is(word)
                    && !(report is not null && wordAt == opening && WrittenInLowerCase(word, report)))
                {
                    // "Kalevi Sorsa's Social Democratic Party": a possessive ends the name.
                    string bare = Possessive().Replace(word, string.Empty);
                    current.Add(bare);
                    if (bare.Length == word.Length)
                    {
                        continue;
                    }
                }

                // "the Harbor Lumen consortium": a name the article "the" goes before is a body's or a thing's, not a person's.
                if (current.Count >= 2 && string.Join(' ', current) is var name && !Events.Places.Default.Find(name).Any() && !AfterDefiniteArticle(text, name))
                {
                    yield return (name, name);
                }
                else if (current is [var single] && fullNames.TryGetValue(single, out string? full) && !Events.Places.Default.Find(single).Any())
                {
                    yield return (full, single);
                }

                current.Clear();
            }
        }
    }

    /// <summary>Whether "the" stands right before the first place the text writes the name.</summary>
    private static bool AfterDefiniteArticle(string text, string name) =>
        text.IndexOf(name, StringComparison.Ordinal) is var at and > 0 && DefiniteArticleEnd().IsMatch(text.AsSpan(0, at));

    [GeneratedRegex(@"\bthe\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex DefiniteArticleEnd();

    /// <summary>
    /// Whom a sentence that names no one means by "he" or "she" ("'We are united,' he remarked"): the one person the
    /// nearest of the sentences <paramref name="before"/> it (nearest first) that names anyone names. Null when the
    /// sentence names someone or speaks of no "he" or "she", or that sentence names several people.
    /// </summary>
    internal static string? Antecedent(string text, IEnumerable<string> before, string? report)
    {
        if (!ThirdPerson().IsMatch(text) || PersonMentions(text, report).Any())
        {
            return null;
        }

        foreach (string earlier in before)
        {
            var named = PersonMentions(earlier, report).Select(p => p.Name).Distinct(StringComparer.Ordinal).ToList();
            if (named.Count > 0)
            {
                return named is [var one] ? one : null;
            }
        }

        return null;
    }

    /// <summary>"He said", "..., she added", "he told reporters": a person spoken of as "he" or "she" who says or does something.</summary>
    [GeneratedRegex(@"^\W*(?:He|She)\s+\p{Ll}|\b(?:he|she)\s+(?:\p{Ll}+ly\s+)?(?:said|says|added|adds|remarked|stated|told|noted|stressed|explained|warned|argued|insisted|declared|announced|wrote|replied|responded|acknowledged|admitted|emphasi[sz]ed|underlined|recalled|suggested)\b")]
    private static partial Regex ThirdPerson();

    /// <summary>
    /// Each last name the report gives a person in full ("Kessler" for "Dan Kessler"), and that full name. Of two
    /// runs ending in the name, one whose first word the report also writes in lower case ("Then Kessler") is no name;
    /// of two people with the name, the last name alone stands for the one the report names first, as reports call the
    /// other by another name.
    /// </summary>
    private static IReadOnlyDictionary<string, string> FullNamesOf(string report) => FullNames.GetValue(report, r =>
        Persons(r).Distinct(StringComparer.Ordinal)
            .GroupBy(name => name[(name.LastIndexOf(' ') + 1)..], StringComparer.Ordinal)
            .Select(g => (LastName: g.Key, Names: g.Count() == 1 ? g.ToList() : g.Where(name => !WrittenInLowerCase(name[..name.IndexOf(' ')], r)).ToList()))
            .Where(g => g.Names.Count > 0 && g.LastName.Length > 1)
            .ToDictionary(g => g.LastName, g => g.Names[0], StringComparer.Ordinal));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, IReadOnlyDictionary<string, string>> FullNames = [];

    /// <summary>
    /// How a sentence describes the person <paramref name="asked"/> names, with the name as the sentence writes it: the
    /// office set before the name ("Foreign Minister Sergey Lavrov"), or a phrase naming a standing set off beside it,
    /// before ("Russia's new ambassador to Washington, Alexander Darchiev") or after ("Ann Lee, the head of the fund,").
    /// Null when the sentence does not name the person, or names them without describing them.
    /// </summary>
    public static (string Name, string Description)? Description(string text, string asked)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(asked);
        string[] askedWords = asked.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = NameWord().Matches(text).ToList();
        bool Joined(int a, int b) => text.AsSpan(words[a].Index + words[a].Length, words[b].Index - words[a].Index - words[a].Length).IsWhiteSpace();
        bool Capital(int i) => char.IsUpper(words[i].Value[0]);
        for (int at = 0; at < words.Count; at++)
        {
            if (!Capital(at) || !Bare(words[at].Value).Equals(askedWords[^1], StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            int last = at;
            while (last + 1 < words.Count && Capital(last + 1) && Joined(last, last + 1))
            {
                last++;
            }

            int run = at;
            while (run > 0 && Capital(run - 1) && Joined(run - 1, run))
            {
                run--;
            }

            // A stop after the last word ends the sentence, not the name.
            int runStart = words[run].Index, end = words[last].Index + words[last].Value.TrimEnd('.').Length;
            string runText = text[runStart..end];
            // "Foreign Minister Sergey Lavrov": the office leads the run, and the name is what follows it.
            if (Text.RoleTitles.EndOfFirst(runText) is { } titleEnd && runStart + titleEnd < words[at].Index)
            {
                return (text[(runStart + titleEnd)..end].Trim(), runText[..titleEnd]);
            }

            int first = Math.Max(run, at - Math.Max(1, askedWords.Length - 1));
            int nameStart = words[first].Index;
            string name = text[nameStart..end];
            if (Apposed().Match(text, end) is { Success: true } after && Describes(after.Groups["said"].Value))
            {
                return (name, after.Groups["said"].Value.Trim());
            }

            if (SetOff().Match(text[..nameStart]) is { Success: true } comma
                && text[..comma.Index] is var before
                && before[(SetOffStart().Matches(before).LastOrDefault() is { } opens ? opens.Index + opens.Length : 0)..].Trim() is { Length: >= 3 and <= 120 } said
                && Describes(said))
            {
                return (name, said);
            }
        }

        return null;
    }

    /// <summary>Whether the text names the person, the last of the words asked written as a name is.</summary>
    public static bool NamesPerson(string text, string asked)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(asked);
        string last = asked.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        return NameWord().Matches(text).Any(w => char.IsUpper(w.Value[0]) && Bare(w.Value).Equals(last, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Whether a phrase names an office or a standing: a title, or "head/chief/leader/member/founder of"; not one that
    /// reports ("traders said they expected the manager").
    /// </summary>
    private static bool Describes(string phrase) => (Text.RoleTitles.Find(phrase) is not null || Standing().IsMatch(phrase)) && !Reports.IsMatch(phrase);

    /// <summary>
    /// Whether the sentence puts the person it writes as <paramref name="written"/> on the receiving end of what it
    /// tells: right after a preposition ("the match between Tomas Berg and Lio Ferrante", "lost to Kessler") or a verb
    /// in the past ("has overtaken Kessler", "beat Kessler"), past any title before the name ("met Prime Minister ...")
    /// and any name it is coordinated with. A verb of saying puts the speaker after it ("said Kessler"), and a past
    /// form after "the" or a possessive describes ("the embattled Kessler").
    /// </summary>
    internal static bool StandsAsObject(string text, string written)
    {
        int at = text.IndexOf(written, StringComparison.Ordinal);
        if (at <= 0)
        {
            return false;
        }

        var before = NameWord().Matches(text[..at]).ToList();
        int i = before.Count - 1;
        while (true)
        {
            // Past the title before the name; past another name the person is coordinated with ("between X and Y").
            while (i >= 0 && char.IsUpper(before[i].Value[0]) && Adjoins(before[i], at))
            {
                at = before[i].Index;
                i--;
            }

            if (i < 0 || !Adjoins(before[i], at))
            {
                return false;
            }

            if (before[i].Value is not ("and" or "or") || i == 0 || !char.IsUpper(before[i - 1].Value[0]))
            {
                break;
            }

            at = before[i].Index;
            i--;
        }

        string word = before[i].Value;
        if (Text.Lexicon.ObjectPrepositions.Contains(word))
        {
            return true;
        }

        bool past = (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || Text.IrregularVerbs.IsPastForm(word.ToLowerInvariant())) && !char.IsUpper(word[0]);
        return past && !Reports.IsMatch(word) && !(i > 0 && Describing.Contains(before[i - 1].Value));

        // Only space between the word and what follows it at next.
        bool Adjoins(Match word, int next) => text.AsSpan(word.Index + word.Length, next - (word.Index + word.Length)).Trim().Length == 0;
    }

    /// <summary>Words after which a past form describes a person rather than tells what was done to them.</summary>
    private static readonly FrozenSet<string> Describing = FrozenSet.ToFrozenSet(["the", "a", "an", "his", "her", "its", "their", "our"], StringComparer.OrdinalIgnoreCase);

    private static readonly Regex Reports = new(@"\b(?:" + Text.ReportingVerbs.Report + @")\b", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>A word without a stop after it or the possessive ending ("Darchiev’s", "Lavrov.").</summary>
    private static string Bare(string word) => QuestionAnalyzer.Possessed(word.TrimEnd('.'));

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’.-]*")]
    private static partial Regex NameWord();

    /// <summary>", the head of the fund," or "—another member of the delegation": a phrase set off after a name.</summary>
    [GeneratedRegex(@"\G\s*[,—–]\s*(?<said>[^,;()—–]{3,120}?)\s*(?:[,;()—–]|\.\s*$|$)")]
    private static partial Regex Apposed();

    /// <summary>A capitalised word right after: the name before it goes on ("U.S. Secretary").</summary>
    [GeneratedRegex(@"^\s+\p{Lu}")]
    private static partial Regex NameGoesOn();

    /// <summary>The comma or dash right before a name, that sets off what comes before it.</summary>
    [GeneratedRegex(@"\s*[,—–]\s*$")]
    private static partial Regex SetOff();

    /// <summary>Where a phrase set off before a name begins: after a stop, a bracket, "and", "by", "with" or "as".</summary>
    [GeneratedRegex(@"[,;:(.]\s|\b(?:and|by|with|as)\b")]
    private static partial Regex SetOffStart();

    /// <summary>Nouns of a standing that is not an office: "the head of the fund", "a member of the delegation".</summary>
    [GeneratedRegex(@"\b(?:head|chief|leader|member|founder|owner|deputy|adviser|advisor|aide|negotiator|official|manager|executive)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Standing();

    [GeneratedRegex(@"\b(?:at|in|inside|near)\s+(?:the\s+)?(?:(?!" + NotVenueWord + @")[\w'’-]+\s+){0,5}?(?:residence|consulate|embassy|chancellery|hotel|palace|castle|headquarters|ministry|office|building|centre|center|house|villa|resort|mansion|briefing|press conference|airport|stadium|hall|(?:stock|commodity|commodities|futures|grain|metals?)\s+exchange)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Venue();

    /// <summary>
    /// A word that does not name or describe a venue, so a phrase of one runs on past none: a time ("in February"), or
    /// a verb ("aimed at restoring embassy operations"). A name may end as a verb does ("the Beijing Hotel").
    /// </summary>
    private const string NotVenueWord = @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(?-i:[a-z][\w'’-]*(?:ing|ed))\b";

    /// <summary>
    /// "in Geneva", "at Wadi al Hamra", "to Rio de Janeiro": a capitalised name after a word of place, with the short
    /// words in lower case that a place's name may hold between its capitalised words.
    /// </summary>
    private static readonly Regex CapitalisedLocativePattern = new(
        @"\b(?:in|at|to|from)\s+(?<place>[A-Z][\p{L}'’-]+(?:\s+(?:(?:" + string.Join('|', Text.Lexicon.NameParticles.OrderByDescending(p => p.Length).Select(Regex.Escape))
        + @")\s+)?[A-Z][\p{L}'’-]+)*)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static Regex CapitalisedLocative() => CapitalisedLocativePattern;

    private static readonly HashSet<string> NotPlaces = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The", "A", "An", "His", "Her", "Their", "This",
    };

    [GeneratedRegex(@"\b(?:in|at|to|near|outside|inside|from|where|venue)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,1}$|,\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Locative();

    /// <summary>
    /// Whether the sentence names a venue; an occasion for speaking ("at a press briefing") only when the question asks
    /// of what was said or of the occasion itself.
    /// </summary>
    public static bool HasVenue(string text, string question) =>
        AsksOfSpeech(question) ? Venue().IsMatch(text) : Venue().Matches(text).Any(m => !SpeechOccasionEnd.IsMatch(m.Value));

    /// <summary>
    /// Whether a question asks of something said or of an occasion for saying it ("where did the minister say ...?",
    /// "where was the press conference?"): only then is the place of a speaker an answer.
    /// </summary>
    private static bool AsksOfSpeech(string question) => SpeechOccasion.IsMatch(question) || QuestionAnalyzer.ReportingVerb.IsMatch(question);

    private static readonly string SpeechOccasionNoun = @"(?:" + string.Join('|', Text.Lexicon.SpeechOccasions.OrderByDescending(n => n.Length).Select(n => Regex.Escape(n).Replace(@"\ ", @"\s+", StringComparison.Ordinal))) + @")s?";

    private static readonly Regex SpeechOccasion = new(@"\b" + SpeechOccasionNoun + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex SpeechOccasionEnd = new(@"\b" + SpeechOccasionNoun + @"$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// Text that ends where a speaker was: "speaking at a press briefing in ", "told reporters in ", "said in ",
    /// "in an interview in ". The place that follows says where something was said, not where what was said of happened.
    /// A verb after "was" or "were" tells of something else ("cases were reported in ...").
    /// </summary>
    private static readonly Regex SpokenAt = new(
        @"(?:(?<!\b(?:was|were|been|being|is|are)\s+)\b(?:speaking|spoke|" + Text.ReportingVerbs.PastWithHearer + @")|\b(?:at|during|after|in|to)\s+(?:a|an|the|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,3}?" + SpeechOccasionNoun + @")"
        + @"\s*\b(?:(?:at|to|during|in)\s+(?:a|an|the|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,3}?" + SpeechOccasionNoun + @"\s+)?(?:in|at)\s+(?:the\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// The occasion at which the sentence has something said or done ("at a press conference", "on the sidelines of
    /// the summit", "after his address to the third session of the River Council"), else the venue it names; null when
    /// it names neither.
    /// </summary>
    public static string? Setting(string text)
    {
        if (Occasion.Match(text) is { Success: true } occasion)
        {
            return occasion.Groups["occasion"].Value;
        }

        return Venue().Match(text) is { Success: true } venue && venue.Value.IndexOf(' ', StringComparison.Ordinal) is var space and > 0
            ? Continued(text, venue.Index + space + 1, venue.Index + venue.Length)
            : null;
    }

    private static readonly string OccasionNoun = @"(?:" + string.Join('|', Text.Lexicon.OccasionNouns.OrderByDescending(n => n.Length).Select(n => Regex.Escape(n).Replace(@"\ ", @"\s+", StringComparison.Ordinal))) + @")s?";

    /// <summary>
    /// "at a press conference", "after his involvement in the second session of the River Council": a word that places
    /// something at an occasion, then the occasion, with what it is of ("of the River Council").
    /// </summary>
    private static readonly Regex Occasion = new(
        @"\b(?:at|during|after|following|on\s+the\s+(?:sidelines|margins)\s+of|while\s+attending|speaking\s+(?:at|to))\s+(?:(?:his|her|their)\s+[\p{L}-]+\s+(?:in|at|to)\s+)?"
        + @"(?<occasion>(?:the|a|an)\s+(?:[\p{L}\d'’-]+\s+){0,8}?" + OccasionNoun + @"\b(?:\s+of\s+(?:the\s+)?(?:[\p{L}\d'’-]+\s+){0,3}?" + OccasionNoun + @"\b)?"
        + @"(?:\s+(?:of|in)\s+(?:the\s+)?(?-i:\p{Lu})[\p{L}'’-]*(?:\s+(?-i:\p{Lu})[\p{L}'’-]*)*)?)",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>
    /// The places a sentence puts something in, most specific first: venues ("at the Russian consulate in Istanbul"),
    /// then gazetteer places and capitalised names after a locative ("in Frankfurt, West Germany"), each with the
    /// place it continues into ("..., West Germany", "... in Istanbul"); for where a body is based, a town with its
    /// state ("Varberg, Calif.") or before "-based". Places the question names are left out.
    /// </summary>
    public static IEnumerable<string> Locations(string text, string question)
    {
        var found = Located(text, question);
        // "West Germany" inside "Frankfurt, West Germany" is the same place said less exactly.
        return found
            .Where(f => !found.Any(other => other.Phrase.Length > f.Phrase.Length && other.Phrase.Contains(f.Phrase, StringComparison.Ordinal)))
            .OrderBy(f => f.Rank).ThenBy(f => f.Start).Select(f => f.Phrase).Distinct(StringComparer.Ordinal);
    }

    /// <summary>
    /// The places of the kind a "which country/state ...?" question asks for that the text names and the question does
    /// not, in the order named ("Former Japanese Prime Minister": Japan); none for other questions. The question names a
    /// place also by a word its concepts read as that place ("us" for the United States).
    /// </summary>
    public static IEnumerable<string> PlacesAsked(AnalyzedQuestion asked, string text)
    {
        if (asked.PlaceKind is not { } kind)
        {
            return [];
        }

        return Events.PlaceKinds.Find(kind, text).Where(place => !asked.PlacesNamed.Contains(place));
    }

    /// <summary>Where in the sentence each of its <see cref="Locations"/> starts.</summary>
    public static IEnumerable<int> LocationStarts(string text, string question) => Located(text, question).Select(f => f.Start);

    private static List<(int Rank, int Start, string Phrase)> Located(string text, string question)
    {
        // "Where in Vienna ...?" asks for a spot inside Vienna: another city is no answer, a venue may be.
        // The place may be named by the word for its people or things ("where in saudi ...?").
        string? within = WhereIn().Match(question) is { Success: true } w
            ? Events.Places.Default.InQuestion(w.Groups["place"].Value).FirstOrDefault() is { Name: { } named } ? named : Events.Places.Default.OfDemonym(w.Groups["place"].Value)
            : null;
        bool Known(string place) => Text.CountryPlaces.IsWithin(place, within!) || place.Contains(within!, StringComparison.OrdinalIgnoreCase);
        // A name the bot does not know as a place, where something is ("at Wadi al Hamra"), may be a spot inside, unless
        // the sentence places what it speaks of elsewhere ("at the Kroll smelter in northern Sweden") or the name is a
        // body's ("a stake in Varga Minerals"). One that something comes from or goes to may be a body ("representatives
        // from Norgas").
        bool Inside(string place, bool spot = false) => within is null || Known(place)
            || (spot && !Events.Places.Default.Find(place).Any() && !NamesBodyByItsWord(place) && Events.Places.Default.Find(text).All(p => Known(p.Name)));
        // Unless the question asks of something said, where a speaker was is no answer: "speaking at a press briefing in
        // Oslo" does not say where the talks spoken of are held.
        bool spoken = AsksOfSpeech(question);
        bool Spoken(int start) => !spoken && SpokenAt.IsMatch(text.AsSpan(0, start));
        var found = new List<(int Rank, int Start, string Phrase)>();
        foreach (Match m in Venue().Matches(text))
        {
            if (!spoken && SpeechOccasionEnd.IsMatch(m.Value))
            {
                continue;
            }

            int start = m.Index + m.Value.IndexOf(' ', StringComparison.Ordinal) + 1;
            // "the headquarters of the Foreign Ministry" is named by what it belongs to.
            Match of = OfInstitution().Match(text, m.Index + m.Length);
            bool belongs = of.Success && of.Index == m.Index + m.Length;
            int end = belongs ? of.Index + of.Length : m.Index + m.Length;
            string venue = Continued(text, start, end);
            // "a press briefing in Moscow" is no spot inside another city asked about; the country of the body a venue
            // belongs to ("of the Norland Embassy") does not say where it is.
            string placed = belongs ? string.Concat(text.AsSpan(start, m.Index + m.Length - start), venue.AsSpan(Math.Min(venue.Length, end - start))) : venue;
            if (Events.Places.Default.Find(placed).All(p => Inside(p.Name)))
            {
                found.Add((0, m.Index, venue));
            }
        }

        foreach (var (start, end, name) in Events.Places.Default.Find(text))
        {
            if (Attribution.IsMatch(text.AsSpan(end)))
            {
                continue;
            }

            // "..., U.S. Secretary of State Jane Doe said": a place that opens a longer name after a comma is part of it.
            if (Locative().IsMatch(text[..start]) && !Spoken(start) && !question.Contains(text[start..end], StringComparison.OrdinalIgnoreCase)
                && !NamedIn(question, name) && !(SetOff().IsMatch(text.AsSpan(0, start)) && NameGoesOn().IsMatch(text.AsSpan(end)))
                && Inside(name))
            {
                found.Add((1, start, Continued(text, start, end)));
            }
        }

        // "Where is Kroll based?": "the Varberg, Calif., electronics firm" names an American town with its state's
        // abbreviation, and "the Varberg-based bus line" where a body is based. A question on anything else is not
        // answered so: a mediator based somewhere does not say where the talks resume.
        if (AsksBase().IsMatch(question))
        {
            foreach (var (start, end, _) in Events.PlaceKinds.AbbreviatedStates(text))
            {
                if (TownBefore().Match(text, 0, start) is { Success: true } town && town.Groups["town"].Value is var name && !NamedIn(question, name)
                    && !NotPlaces.Contains(name.Split(' ')[0]) && !Attribution.IsMatch(text.AsSpan(end)) && Inside(name, spot: true))
                {
                    found.Add((1, town.Groups["town"].Index, text[town.Groups["town"].Index..end]));
                }
            }

            foreach (Match m in BasedIn().Matches(text))
            {
                if (m.Groups["place"].Value is var place && !NamedIn(question, place) && !NotPlaces.Contains(place.Split(' ')[0]) && Inside(place, spot: true))
                {
                    found.Add((1, m.Groups["place"].Index, place));
                }
            }
        }

        foreach (Match m in CapitalisedLocative().Matches(text))
        {
            Group place = m.Groups["place"];
            // "at Oslo's request" names Oslo, as the question may.
            if (!NotPlaces.Contains(place.Value.Split(' ')[0]) && !Spoken(place.Index) && !NamedIn(question, Possessive().Replace(place.Value, string.Empty))
                && !Attribution.IsMatch(text.AsSpan(place.Index + place.Length)) && Inside(place.Value, spot: m.Value.StartsWith("at ", StringComparison.Ordinal) || m.Value.StartsWith("in ", StringComparison.Ordinal)))
            {
                found.Add((2, place.Index, Continued(text, place.Index, place.Index + place.Length)));
            }
        }

        return found;
    }

    /// <summary>Whether a name ends in a word for a body ("Varga Minerals", "Kroll Securities", "Bank"): no place.</summary>
    private static bool NamesBodyByItsWord(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1] is var last
        && (Text.Lexicon.BodyKinds.Contains(last) || Text.Lexicon.InstitutionWords.Contains(last) || BodyNameEnd().IsMatch(last));

    /// <summary>The last word of a company's name that the lexicons of institutions and bodies leave out: "Minerals", "Securities", "Plc".</summary>
    [GeneratedRegex(@"^(?:Holding|Minerals?|Metals?|Securities|Capital|Partners|Plc|AG|SA|NV|AB|Trust)$")]
    private static partial Regex BodyNameEnd();

    /// <summary>
    /// Whether the question names the place, by its name or by the word for its people ("which saudi city ...?" names
    /// Saudi Arabia, and asks for a place within it).
    /// </summary>
    private static bool NamedIn(string question, string place)
    {
        if (question.Contains(place, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Only a word that begins as the place does can name it so.
        string opening = place.Length > 4 ? place[..4] : place;
        return question.Contains(opening, StringComparison.OrdinalIgnoreCase)
            && QuestionWord().Matches(question).Any(w => w.Value.StartsWith(opening, StringComparison.OrdinalIgnoreCase)
                && string.Equals(Events.Places.Default.OfDemonym(w.Value), place, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex QuestionWord();

    /// <summary>
    /// A town's capitalised name, of words that are not possessives, and the comma before its state: "Varberg, " in
    /// "the Varberg, Calif., firm".
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}'’-])(?:(?:The|A|An|Its|Their|His|Her)\s+)?(?<town>[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+){0,2}),\s+\z")]
    private static partial Regex TownBefore();

    /// <summary>"Varberg-based", "New Varberg-based": the place a body is based in, of words that are not possessives.</summary>
    [GeneratedRegex(@"(?<![\p{L}'’.-])(?:(?:The|A|An|Its|Their|His|Her)\s+)?(?<place>[A-Z][\p{L}.]+(?:\s+[A-Z][\p{L}.]+){0,2})-based\b")]
    private static partial Regex BasedIn();

    /// <summary>"based", "headquartered", "head office", "located": a question on where a body is.</summary>
    [GeneratedRegex(@"\b(?:based|headquarter(?:s|ed)?|hq|head\s+office|located|home\s+base)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksBase();

    /// <summary>"a spokesman in Bonn said": where the speaker is, not where it happened.</summary>
    private static readonly Regex Attribution = new(@"^\s*(?:" + Text.ReportingVerbs.Attribution + @")\b", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>The phrase from start to end, carried on over ", Country" or " in City" when the text continues so.</summary>
    private static string Continued(string text, int start, int end)
    {
        Match more = Continuation().Match(text, end);
        bool continues = more.Success && more.Index == end
            && Events.Places.Default.Find(more.Groups["place"].Value).Any(p => p.Start == 0 && p.End == more.Groups["place"].Length);
        return text[start..(continues ? end + more.Length : end)].Trim();
    }

    /// <summary>" of the Foreign Ministry", " of the Norland Consulate General": the named body a venue belongs to.</summary>
    [GeneratedRegex(@"\G\s+of\s+(?:the\s+)?(?:[A-Z][\p{L}'’.-]*\s+){0,3}[A-Z][\p{L}'’.-]*[\p{L}]")]
    private static partial Regex OfInstitution();

    [GeneratedRegex(@"\G(?:,\s+|\s+in\s+)(?<place>[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2})")]
    private static partial Regex Continuation();

    /// <summary>"where in Vienna ...", "the talks - where exactly in Oslo ...": the place the question asks inside of, when it is one the bot knows.</summary>
    [GeneratedRegex(@"(?:^|[-–—:;,])\W*where\s+(?:exactly\s+|precisely\s+)?in\s+(?<place>\p{L}+(?:\s+\p{L}+)??)\s+(?:did|was|were|is|are|do|does|will|would|has|have|had|can|could)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhereIn();

    /// <summary>
    /// A place counts where the sentence puts something there ("talks in Geneva", "met at ... in Istanbul"), not where
    /// it names a party ("U.S. officials") or a speaker ("a spokesman in Bonn said").
    /// </summary>
    private static bool NewPlace(string text, string question) => Located(text, question).Count > 0;
}
