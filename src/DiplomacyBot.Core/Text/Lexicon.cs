using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Text;

/// <summary>
/// Named word lists shipped as data files in this assembly (<c>Text/Lexicons/NAME.txt</c>: one entry per line,
/// <c>#</c> comments), read once and matched case-insensitively.
/// </summary>
public static partial class Lexicon
{
    private static readonly ConcurrentDictionary<string, FrozenSet<string>> Loaded = new(StringComparer.Ordinal);

    /// <summary>Words with which a question asks what came of something.</summary>
    public static FrozenSet<string> OutcomeWords => Get("outcome-words");

    /// <summary>Past forms that report an outcome as reached.</summary>
    public static FrozenSet<string> DoneWords => Get("done-words");

    /// <summary>Words by which a report says how someone took something ("welcomed", "disappointed").</summary>
    public static FrozenSet<string> ReactionWords => Get("reaction-words");

    /// <summary>Words by which a report says what worries someone ("concerns", "objected", "misgivings").</summary>
    public static FrozenSet<string> ConcernWords => Get("concern-words");

    /// <summary>Words by which a report says how an offer or a proposal was answered ("accepted", "rejected").</summary>
    public static FrozenSet<string> ResponseWords => Get("response-words");

    /// <summary>Verbs with which a yes-no question asks how an offer or a proposal was answered ("accept", "reject").</summary>
    public static FrozenSet<string> ResponseVerbs => Get("response-verbs");

    /// <summary>Nouns a question asks the value of that a report states without naming them ("position", "plan").</summary>
    public static FrozenSet<string> OpenAttributes => Get("open-attributes");

    /// <summary>Capitalised words that are not part of a person's name ("Ministry", "Monday", "Reuters").</summary>
    public static FrozenSet<string> InstitutionWords => Get("institution-words");

    /// <summary>Nouns naming a standing body ("council", "committee"); a word before one says which body is meant.</summary>
    public static FrozenSet<string> BodyNouns => Get("body-nouns");

    /// <summary>Nouns for a body that acts as one ("cabinet", "shareholders"): "did the cabinet approve it?" asks its deed.</summary>
    public static FrozenSet<string> ActingBodies => Get("acting-bodies");

    /// <summary>Nouns a figure stands for without naming them ("how much money": "5 mln dlrs").</summary>
    public static FrozenSet<string> ImpliedByFigures => Get("implied-by-figures");

    /// <summary>Nouns for a person, whoever holds no office ("guy", "driver", "spokesman"): "which guy ...?" asks who.</summary>
    public static FrozenSet<string> PersonNouns => Get("person-nouns");

    /// <summary>Nouns for what a person does that no other title stands in for ("lawyer", "judge", "pilot").</summary>
    public static FrozenSet<string> Callings => Get("callings");

    /// <summary>Kinds of body known by a proper name ("bank", "airline"): "which banks ...?" asks for a name.</summary>
    public static FrozenSet<string> BodyKinds => Get("body-kinds");

    /// <summary>Verbs that say little alone ("took the throne", "made a bid"): their object names the deed.</summary>
    public static FrozenSet<string> LightVerbs => Get("light-verbs");

    /// <summary>Words that say only that something took place ("happen", "take place", "go ahead").</summary>
    public static FrozenSet<string> OccurrenceWords => Get("occurrence-words");

    /// <summary>Verbs that say only that something began, went on or ended ("start", "began", "ended").</summary>
    public static FrozenSet<string> AspectVerbs => Get("aspect-verbs");

    /// <summary>Verbs of holding an event ("hold", "host", "convene"): the event's date is the day it was held.</summary>
    public static FrozenSet<string> HoldingVerbs => Get("holding-verbs");

    /// <summary>Verbs that take the one given to before the thing given ("grant Kroll a hearing", "lend Norland the money").</summary>
    public static FrozenSet<string> GivingVerbs => Get("giving-verbs");

    /// <summary>Words whose "how much" asks for a sum of money ("pay", "cost", "cash").</summary>
    public static FrozenSet<string> MoneyWords => Get("money-words");

    /// <summary>Words that decide how a question is read ("when", "actually", "latest", "next").</summary>
    public static FrozenSet<string> QuestionCues => Get("question-cues");

    /// <summary>Words that only carry a conversation on when they open a question ("so", "ok", "anyway").</summary>
    public static FrozenSet<string> DiscourseMarkers => Get("discourse-markers");

    /// <summary>Occasions at which something is said or done ("press conference", "summit", "session").</summary>
    public static FrozenSet<string> OccasionNouns => Get("occasion-nouns");

    /// <summary>Occasions that exist for something to be said ("press conference", "briefing", "interview").</summary>
    public static FrozenSet<string> SpeechOccasions => Get("speech-occasions");

    /// <summary>Words before a name that make that person the one something is done to or with, not its doer.</summary>
    public static FrozenSet<string> ObjectPrepositions => Get("object-prepositions");

    /// <summary>Adverbs that complete a phrasal verb ("end up", "call off", "set up").</summary>
    public static FrozenSet<string> Particles => Get("particles");

    /// <summary>Short words in lower case within a place's name ("de" of "Rio de Janeiro", "al" of "Ras al Khaimah").</summary>
    public static FrozenSet<string> NameParticles => Get("name-particles");

    /// <summary>Words of a question that name nothing to look for (function words, the asking itself).</summary>
    public static FrozenSet<string> QuestionStopWords => Get("question-stop-words");

    /// <summary>Whether any word of <paramref name="text"/> is in <paramref name="words"/>.</summary>
    public static bool AnyIn(FrozenSet<string> words, string text) => Word().Matches(text).Any(m => words.Contains(m.Value));

    /// <summary>Where the text holds words of the list, in order.</summary>
    public static IEnumerable<Match> Occurrences(FrozenSet<string> words, string text) => Word().Matches(text).Where(m => words.Contains(m.Value));

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    public static FrozenSet<string> Get(string name) => Loaded.GetOrAdd(name, static n =>
        EmbeddedData.Entries(EmbeddedData.Read($"DiplomacyBot.Core.Text.Lexicons.{n}.txt")).ToFrozenSet(StringComparer.OrdinalIgnoreCase));
}
