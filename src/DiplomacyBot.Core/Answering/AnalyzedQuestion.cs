using DiplomacyBot.Core.Search;

namespace DiplomacyBot.Core.Answering;

/// <summary>A question as the answerer understands it: its type, the concepts to look for, and any ordinal ("third round").</summary>
public sealed record AnalyzedQuestion(string Text, QuestionType Type, IReadOnlyList<TermGroup> Groups, int? Ordinal)
{
    /// <summary>Indices of the groups written as names ("Gambia", "OPEC"): an answer must be about them.</summary>
    public IReadOnlySet<int> Names { get; init; } = new HashSet<int>();

    /// <summary>
    /// Indices of the words typed in lower case that the reports write as names ("the osprey"): a report that
    /// never mentions them is about something else. Unlike <see cref="Names"/>, a sentence need not hold them itself.
    /// </summary>
    public IReadOnlySet<int> NamesByCase { get; init; } = new HashSet<int>();

    /// <summary>
    /// Indices of the words that say which event the question is about ("the <i>copper</i> talks", "the <i>fishing</i>
    /// deal"): a report of some other event does not hold them anywhere.
    /// </summary>
    public IReadOnlySet<int> Qualifiers { get; init; } = new HashSet<int>();

    /// <summary>The period the question asks about ("in June 1987", "in March"), when it names one.</summary>
    public TimeConstraint? Period { get; init; }

    /// <summary>
    /// Indices of the groups the question is about ("what was discussed about <i>visas</i>", "agree on <i>milk</i>
    /// production"): the sentence that answers names them itself.
    /// </summary>
    public IReadOnlySet<int> Focus { get; init; } = new HashSet<int>();

    /// <summary>
    /// The period is what something is for or until ("quota for the second half of 1987"), not when it happened, so
    /// reports from before it can still answer.
    /// </summary>
    public bool PeriodIsTarget { get; init; }

    /// <summary>
    /// The question asks what came of something ("what was agreed at the third round?", "did the vote pass?"), so
    /// reports that only expect it do not answer it.
    /// </summary>
    public bool AsksOutcome { get; init; }

    /// <summary>
    /// "How did the case turn out?", "how did the bid work out?": what is asked is how a matter ended, which only a
    /// report that it was reached, decided or ended ("ruled", "settled", "convicted", "withdrew") tells.
    /// </summary>
    public bool AsksHowItEnded { get; init; }

    /// <summary>Whether the question asks about an event that is over (held) or still to come (planned), when it says.</summary>
    public Events.EventStatus? Tense { get; init; }

    /// <summary>The places the question names (gazetteer names: "Istanbul", "Saudi Arabia").</summary>
    public IReadOnlySet<string> Places { get; init; } = new HashSet<string>();

    /// <summary>
    /// The places the question puts what it asks about in: any it names right after "in" or "at", by any of its names
    /// ("the talks in austria"), and a city or region it names anywhere ("the Geneva meeting"). A country named
    /// otherwise ("the chile-peru talks") is a party to it, not where it was.
    /// </summary>
    public IReadOnlySet<string> Located { get; init; } = new HashSet<string>();

    /// <summary>
    /// The side whose people the question asks for ("who led the russian delegation?": Russia), as
    /// <c>Events/parties.txt</c> shows it; null when it asks about no one side.
    /// </summary>
    public string? Side { get; init; }

    /// <summary>Whether the question names an event ("round", "talks", "met", "summit", "hold a third").</summary>
    public bool NamesEvent { get; init; }

    /// <summary>Whether it names a meeting of some kind ("round", "talks", "session"), not just any event.</summary>
    public bool NamesMeeting { get; init; }

    /// <summary>The numbered event it asks about, as written ("third round", "next meeting"); null when none.</summary>
    public string? NumberedEvent { get; init; }

    /// <summary>Whether it wants the newest reports first ("what's the latest?", "any update - did they sign?").</summary>
    public bool AsksNewest { get; init; }

    /// <summary>Whether it asks about the next event of its kind ("the next round", "upcoming talks").</summary>
    public bool AsksNext { get; init; }

    /// <summary>Whether it says "next", "upcoming" or "coming" anywhere: what it asks about is still ahead.</summary>
    public bool LooksAhead { get; init; }

    /// <summary>"When did Moscow confirm ...?": the date asked for is that of a statement, not of what it says.</summary>
    public bool AsksStatementDate { get; init; }

    /// <summary>
    /// "Where was the minister when he said ...?": the question asks where a statement was made, not where what it
    /// tells of took place.
    /// </summary>
    public bool AsksStatementPlace { get; init; }

    /// <summary>Whether it uses a reporting verb ("said", "announced"), so the date of a statement can answer it.</summary>
    public bool NamesReporting { get; init; }

    /// <summary>"Did they set a date for ...?": a yes-no question whose answer is a date.</summary>
    public bool AsksForDate { get; init; }

    /// <summary>"Who chairs the council?": the role whose holder is asked for ("chairman"); null when none.</summary>
    public string? AskedRole { get; init; }

    /// <summary>"Who is Vietnam's foreign minister?": the title whose holder is asked for ("foreign minister"); null when none.</summary>
    public string? AskedTitle { get; init; }

    /// <summary>
    /// "Who's the president of Kroll Mining?": the words naming the body whose office is asked for ("Kroll", "Mining"),
    /// which the report that answers must name; null when the title is of no body, or when a place names it.
    /// </summary>
    public IReadOnlyList<string>? TitleBody { get; init; }

    /// <summary>
    /// "What caused the fire at the mill?": the words naming the thing whose cause is asked for ("fire"). Only a report
    /// of a cause answers, and not one of something the thing caused ("no shortages as a result of the fire"). Null for
    /// other questions.
    /// </summary>
    public IReadOnlyList<string>? CauseOf { get; init; }

    /// <summary>
    /// "Who's the lawyer for the families?": what the person asked for does for a living ("lawyer"); a report that
    /// answers writes it next to their name ("Jon Lund, a lawyer for the families"). Null when none.
    /// </summary>
    public string? AskedCalling { get; init; }

    /// <summary>The day the answer is as of: later articles do not count. Null means now.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The figures the question states ("the 12hr talks": "12"), as digits; a report that answers it gives them too.</summary>
    public IReadOnlyList<string> Figures { get; init; } = [];

    /// <summary>
    /// "Have flights resumed?", "did the US return the properties?", "when did the king visit Oslo?": a question
    /// whether or when something was done, which a report that only aims at it, invites it, discusses it or plans it
    /// does not answer.
    /// </summary>
    public bool AsksDone => Deed is not null;

    /// <summary>
    /// "Did the assembly pass the bill?", "did the shareholders approve the merger?": a yes-no question whether a
    /// decision was taken, which only a report of a decision settles (the deed done, a word of agreement or an answer
    /// given), not a report that the bill was put to the assembly.
    /// </summary>
    public bool AsksDecision => Type == QuestionType.YesNo && Deed is { } deed && BareForms(deed).Any(Core.Text.Lexicon.OutcomeWords.Contains);

    /// <summary>The word and, for a form in "-ing", the bare verbs it may be of: "passing" -> "pass", "ruling" -> "rule".</summary>
    private static IEnumerable<string> BareForms(string word) =>
        word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && word.Length > 5 ? [word, word[..^3], word[..^3] + "e"] : [word];

    /// <summary>"Did the board decide to close the yard?", "did they vote to strike?": whether a decision to do something was taken.</summary>
    public bool AsksDecidedTo { get; init; }

    /// <summary>"Who led the delegation?", "who's going to chair the talks?": the person asked for leads something.</summary>
    public bool AsksLeader { get; init; }

    /// <summary>
    /// "Who won the final?", "which player became the best paid?": the person asked for is the doer of what the
    /// question tells, not the one it was done to ("whom did they beat?") nor, in the passive, what was done
    /// ("who was appointed?").
    /// </summary>
    public bool AsksDoer { get; init; }

    /// <summary>
    /// "What will the new ferry be called?", "what will Kroll name its ferry?": the name asked for is the one the
    /// thing is given, which a report gives with a word of naming ("to be called Nordlys", "named", "dubbed").
    /// </summary>
    public bool AsksCalled { get; init; }

    /// <summary>"Which landmark is riddled with rust?": the answer names one thing of a kind, so a sentence that names nothing the question does not cannot give it.</summary>
    public bool AsksName => NameKind is not null;

    /// <summary>The kind of thing a "which ...?" question asks to be named ("landmark", "company"); null for other questions.</summary>
    public string? NameKind { get; init; }

    /// <summary>"Which banks ...?", "what airline ...?": the answer is the proper name of a body of a kind known by one.</summary>
    public bool AsksBodyName { get; init; }

    /// <summary>
    /// "Which country ...?", "in which state ...?", "which countries signed?": the kind of place the answer must name,
    /// when it is one whose places are known by name; null for other questions, and for where questions that ask no
    /// kind or another.
    /// </summary>
    public Events.PlaceKind? PlaceKind { get; init; }

    /// <summary>
    /// For a question asking a kind of place (<see cref="PlaceKind"/>): the places of that kind it names itself, by any
    /// of its words or the concepts they stand for ("us": the United States), which do not answer it.
    /// </summary>
    public IReadOnlySet<string> PlacesNamed { get; init; } = new HashSet<string>();

    /// <summary>
    /// "What did the minister say?", "what has Bonn replied?", "did the minister say ...?": the word naming who is asked
    /// to have spoken (the last of their words), which a sentence that answers has speak; null for other questions.
    /// </summary>
    public string? Speaker { get; init; }

    /// <summary>
    /// For a yes-no question whether something done to a subject was spoken of ("did he say anything about reopening
    /// the border crossings?"), the words from the deed to the subject's last noun ("reopening the border crossings");
    /// null otherwise, or when several subjects are asked about.
    /// </summary>
    public string? Subject { get; init; }

    /// <summary>
    /// "Did they actually sign?", "which sanctions did they end up lifting?": the question insists on what was in fact
    /// done, so a report that something could, may or is meant to be done does not answer it.
    /// </summary>
    public bool StressesDone { get; init; }

    /// <summary>
    /// "Are flights running again?", "can diplomats travel freely now?", "is the roadmap finalised?": a yes-no question
    /// on a state that something done would have brought about, which a report that it is only aimed at does not answer.
    /// </summary>
    public bool AsksState { get; init; }

    /// <summary>
    /// "Has the Senate ratified it yet?", "have they sent an envoy yet?": a question whether something has been done by
    /// now, which only a report that says it was done answers yes.
    /// </summary>
    public bool AsksYet { get; init; }

    /// <summary>"What day exactly ...?", "the exact date of ...": the answer is a day, which a month or a season does not give.</summary>
    public bool AsksDay { get; init; }

    /// <summary>"What time ...?", "at what hour ...?": the answer is a time of day, which a day or a month does not give.</summary>
    public bool AsksClockTime { get; init; }

    /// <summary>
    /// "How soon ...?": the answer may be a day, or how long from the report until it ("within three months", "in two
    /// weeks").
    /// </summary>
    public bool AsksHowSoon { get; init; }

    /// <summary>
    /// "Will the bank cut rates?", "is the yard gonna close?": a yes-no question whether something is to be done, which
    /// what the reports say is intended answers.
    /// </summary>
    public bool AsksWillDo { get; init; }

    /// <summary>
    /// "How soon ...?", "any restart date yet?": asks for a time still ahead when it was set, so a day already past
    /// when the report was written does not answer.
    /// </summary>
    public bool AsksAhead { get; init; }

    /// <summary>
    /// "Since when ...?", "how far back ...?": asks when something still going on began, so the answer is a time before
    /// the report, best one it says the thing began at ("since May 8", "started in January").
    /// </summary>
    public bool AsksStart { get; init; }

    /// <summary>
    /// "What was the flight number?", "what's the case number?": the thing whose identifying number is asked for
    /// ("flight"), which the answer gives beside it ("Flight 123"); null when no such number is asked for.
    /// </summary>
    public string? IdentifierOf { get; init; }

    /// <summary>The word for what a question whether something was done asks about ("resumed", "return"); null for other questions.</summary>
    public string? Deed { get; init; }

    /// <summary>
    /// For "did the cabinet approve ...?" or "did kroll attend ...?", the word for who is asked to have done the deed
    /// ("cabinet", "kroll"), which a report that answers names; null when the question names no such doer, or names it
    /// by a pronoun, a word for a person or a place.
    /// </summary>
    public string? Doer { get; init; }

    /// <summary>The index of the group for <see cref="Doer"/>; -1 when there is none.</summary>
    public int DoerGroup
    {
        get
        {
            for (int g = 0; Doer is not null && g < Groups.Count; g++)
            {
                if (Groups[g].Key == Doer)
                {
                    return g;
                }
            }

            return -1;
        }
    }

    /// <summary>
    /// The index of the group for the deed: the group of its word, or of the phrasal verb the word opens ("handed" for
    /// "hand back"); -1 when there is none.
    /// </summary>
    public int DeedGroup => Deed is { } deed ? QuestionAnalyzer.GroupOfVerb(Groups, deed) : -1;

    /// <summary>What the figure asked for measures ("what's the unemployment rate?": "unemployment"); null when it does not say.</summary>
    public string? Measured { get; init; }

    /// <summary>
    /// The words of what "how many/much ...?" counts or measures ("how much compensation": "compensation"; "how many
    /// deployed warheads": "deployed", "warheads"), without names; the figure that answers is given of one of them.
    /// </summary>
    public IReadOnlyList<string> Counted { get; init; } = [];

    /// <summary>"How much did they pay?", "how much aid ...?": the figure asked for is an amount of money or of something measured, not a count.</summary>
    public bool AsksAmount { get; init; }

    /// <summary>"How old is ...?", "what age was ...?": the figure asked for is an age, which no other figure gives.</summary>
    public bool AsksAge { get; init; }

    /// <summary>
    /// "How did the vote go?", "what was the vote count?", "how big was the yes vote?": what is asked is how a vote came
    /// out, which a report gives by the votes cast ("voted 543-21", "94 pct in favour", "unanimously") or, unless the
    /// count is asked, by what the vote did ("the bill was passed").
    /// </summary>
    public bool AsksVoteResult { get; init; }

    /// <summary>"What was the vote count?", "how many voted against?": the votes cast, which only a count gives.</summary>
    public bool AsksVoteCount { get; init; }

    /// <summary>
    /// "What % ...?", "how much did they pay?", "how many workers ...?", "how many tonnes ...?": the kind of figure asked
    /// for (a share, a sum of money, a count, a quantity measured); null when the question does not say.
    /// </summary>
    public FigureKind? Figure { get; init; }

    /// <summary>"How many hours did they meet?": the unit the length of time asked for is given in ("hour"); null when it does not say.</summary>
    public string? DurationUnit { get; init; }

    /// <summary>"How did the union take the offer?", "what was Oslo's reaction?": the answer says how someone took something.</summary>
    public bool AsksReaction { get; init; }

    /// <summary>
    /// "What is Bonn still worried about?", "what's the sticking point?": the answer says what worries someone, and what
    /// about.
    /// </summary>
    public bool AsksConcern { get; init; }

    /// <summary>
    /// "Who replaced the governor?", "who won the election?": the deed a "who" question asks the doer of, which the
    /// sentence naming the doer must report (in the question's word, another form of it or one that stands for it).
    /// </summary>
    public string? WhoDeed { get; init; }

    /// <summary>
    /// "How many people were killed?", "how many workers has the firm hired?": what the things counted underwent,
    /// which the sentence stating the figure must report (a count of the injured is not one of the dead).
    /// </summary>
    public string? CountedDeed { get; init; }

    /// <summary>
    /// "What did the board decide?", "what did the mill concede in the talks?": the deed a question asks what was
    /// done in, which the sentence that answers must report (in the question's word, another form of it or one that
    /// stands for it). A report of talks about it does not say what came of them. Null for other questions.
    /// </summary>
    public string? WhatDeed { get; init; }

    /// <summary>
    /// "How much is the Varberg bid worth?", "how much was Kroll's new credit line worth?": the thing whose worth is asked
    /// ("bid", "line"), which the sentence giving the sum must name: a sum in the same story may be that of another
    /// loan or offer. Null for other questions.
    /// </summary>
    public string? Valued { get; init; }

    /// <summary>
    /// "When did the mill close?", "when did the board approve the bid?": the deed a "when did ...?" question asks the
    /// date of, which the sentence that dates it must report (in the question's word, another form of it or one that
    /// stands for it): the date of a meeting about the bid is not the day it was approved. None for a deed that names an
    /// event itself ("meet") or holds one ("hold"), says only that something took place, began or ended, or says little
    /// alone.
    /// </summary>
    public string? WhenDeed { get; init; }

    /// <summary>
    /// "What price per share ...?", "how much a tonne ...?": the unit a sum of money asked for is given for ("share",
    /// "tonne"), which the figure that answers is given for too: a total price does not say the price a share. Null
    /// when the question asks for no rate.
    /// </summary>
    public string? PerUnit { get; init; }

    /// <summary>
    /// "Who is Darchiev?": the name of the person whose standing the question asks for, which the answer gives as the
    /// articles describe it ("Russia's new ambassador to Washington"). Null for a question about who did something.
    /// </summary>
    public string? Identity { get; init; }

    /// <summary>
    /// "Did the second round go ahead?", "has the third round happened yet?": whether the event came about at all, which
    /// a report of it held answers in any words, and a report only expecting it answers "not yet".
    /// </summary>
    public bool AsksOccurred { get; init; }

    /// <summary>
    /// "Did Lavrov say anything about tariffs?", "did she mention the embassies?": a yes-no question on whether something
    /// was said of a subject, which only a sentence naming the subject (<see cref="Focus"/>, when the question says it)
    /// settles.
    /// </summary>
    public bool AsksMention { get; init; }

    /// <summary>
    /// "Did the union accept the offer?", "did Pyongyang say yes to the talks?": a yes-no question on how someone answered
    /// an offer, a proposal or a demand, which only a report of the answer ("accepted", "rejected") settles.
    /// </summary>
    public bool AsksResponse { get; init; }

    /// <summary>
    /// "What's Chile's population?", "what is the capital of Chad?": the property whose value is asked for, which a
    /// sentence that gives the value names; null for other questions.
    /// </summary>
    public string? Attribute { get; init; }

    /// <summary>
    /// Words the question quotes ("who called the round 'constructive'?"): the report it asks about used them, so only
    /// a sentence that holds them states the fact asked for.
    /// </summary>
    public IReadOnlyList<string> Quoted { get; init; } = [];

    public PassageQuery ToQuery() => new(Groups) { PublishedBy = AsOf };
}
