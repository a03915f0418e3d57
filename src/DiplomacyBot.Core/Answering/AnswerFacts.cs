using System.Text.RegularExpressions;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Time;

namespace DiplomacyBot.Core.Answering;

/// <summary>
/// Whether a sentence holds the kind of fact a question asks for: a date for "when", a person for "who", a place or
/// venue for "where", a quantity for "how many", a duration for "how long". A sentence that only repeats the
/// question's own words ("Riyadh" for "where was the Riyadh meeting?") does not hold the fact.
/// </summary>
internal static partial class AnswerFacts
{
    /// <summary>Question types whose answer is one fact that the evidence must state.</summary>
    public static bool IsFactual(QuestionType type) =>
        type is QuestionType.When or QuestionType.Who or QuestionType.Where or QuestionType.HowMany or QuestionType.HowLong;

    public static bool Holds(QuestionType type, Sentence sentence, string text, string question) => type switch
    {
        QuestionType.When => HasDate(sentence),
        QuestionType.Who => Persons(text).Any(name => !question.Contains(name, StringComparison.OrdinalIgnoreCase)) || PersonTitle().IsMatch(text),
        QuestionType.Where => NewPlace(text, question),
        QuestionType.HowMany => Quantity().Matches(text).Any(m => !question.Contains(m.Value, StringComparison.OrdinalIgnoreCase)),
        QuestionType.HowLong => sentence.Times.Any(t => t.Type == TimexType.Duration) || DurationWords().IsMatch(text),
        _ => true,
    };

    public static bool HasDate(Sentence sentence) =>
        sentence.Times.Any(t => t.Type is TimexType.Date or TimexType.Time && !t.Value.EndsWith("_REF", StringComparison.Ordinal));

    [GeneratedRegex(@"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?|several|half)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Quantity();

    [GeneratedRegex(@"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)[- ](?:year|month|week|day|hour)s?\b|\b(?:year|month|week|day|hour)-long\b", RegexOptions.IgnoreCase)]
    private static partial Regex DurationWords();

    /// <summary>A person named by office: "buffer stock manager Juergen Plambeck", "the ministers of ...".</summary>
    [GeneratedRegex(@"\b(?:minister|president|chairman|chairwoman|secretary|governor|spokes(?:man|woman|person)|director|manager|ambassador|envoy|prime minister|premier|king|chancellor)\s+(?:[A-Z][\p{L}'’-]+\s+){0,2}[A-Z][\p{L}'’-]+")]
    private static partial Regex PersonTitle();

    /// <summary>Two or more capitalised words that are not an institution ("Alexander Darchiev", "Marco Rubio").</summary>
    [GeneratedRegex(@"\b[A-Z][\p{Ll}'’-]+(?:\s+(?:de|da|van|von|al|bin|le)?\s*[A-Z][\p{Ll}'’-]+)+\b")]
    private static partial Regex CapitalisedRun();

    private static readonly HashSet<string> InstitutionWords = new(StringComparer.Ordinal)
    {
        "Consulate", "General", "Embassy", "Ministry", "Department", "State", "Office", "Council", "Organization",
        "Organisation", "Bank", "Fund", "Agreement", "Initiative", "Assembly", "Nations", "United", "Union", "Community",
        "Committee", "House", "Congress", "Senate", "Parliament", "Government", "Administration", "Foreign", "Finance",
        "Treasury", "Reserve", "Federal", "Group", "Club", "Conference", "Commission", "Court", "Party", "International",
        "National", "Central", "Direct", "Investment", "Economic", "Trade", "Sea", "Grain", "Black", "Monday", "Tuesday",
        "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December", "Gulf", "Middle", "East", "West", "North",
        "South", "Europe", "European", "Soviet", "American", "Russian", "Corp", "Inc", "Co", "Ltd", "Association", "Talks",
        "Round", "Summit", "Reuters", "News", "Times", "Post", "Press", "Agency", "World", "Daily", "Secretary",
        "The", "A", "An", "In", "On", "At", "For", "But", "And", "He", "She", "It", "They", "We", "Mr", "Mrs", "Ms", "Dr",
        "Minister", "President", "Chairman", "Governor", "Deputy", "Assistant", "Prime", "Vice", "Under", "Director",
        "Cocoa", "Coffee", "Sugar", "Rubber", "Tin", "Oil", "Exchange", "Stock", "Market", "Street", "Wall", "White",
        "Interim", "Organisation", "Seven", "Five", "Paris", "London", "Western", "German",
        "Japanese", "British", "French", "Chinese", "Canadian", "Brazilian", "Mexican", "Italian", "Dutch", "Swiss",
    };

    /// <summary>
    /// Capitalised runs that read as people's names: two or more capitalised words in a row once institution words
    /// are taken out ("West German Finance Minister Gerhard Stoltenberg" names "Gerhard Stoltenberg"; "The International
    /// Cocoa Organization" names no one).
    /// </summary>
    public static IEnumerable<string> Persons(string text)
    {
        foreach (Match m in CapitalisedRun().Matches(text))
        {
            var current = new List<string>();
            foreach (string word in m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Append("The"))
            {
                if (!InstitutionWords.Contains(word) && char.IsUpper(word[0]))
                {
                    current.Add(word);
                    continue;
                }

                if (current.Count >= 2 && string.Join(' ', current) is var name && !Events.Places.Default.Find(name).Any())
                {
                    yield return name;
                }

                current.Clear();
            }
        }
    }

    [GeneratedRegex(@"\b(?:at|in|inside|near)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:residence|consulate|embassy|hotel|palace|headquarters|ministry|office|building|centre|center|house|villa|resort|mansion|briefing|press conference)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Venue();

    [GeneratedRegex(@"\b(?:in|at|to|from)\s+(?<place>[A-Z][\p{L}'’-]+(?:\s+(?:del\s+)?[A-Z][\p{L}'’-]+)*)")]
    private static partial Regex CapitalisedLocative();

    private static readonly HashSet<string> NotPlaces = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The", "A", "An", "His", "Her", "Their", "This",
    };

    [GeneratedRegex(@"\b(?:in|at|to|near|outside|inside|from|where|venue)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,1}$|,\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Locative();

    public static bool HasVenue(string text) => Venue().IsMatch(text);

    private static bool NewPlace(string text, string question)
    {
        // A place counts where the sentence puts something there ("talks in Geneva", "met at ... in Istanbul"), not
        // where it names a party ("U.S. officials").
        if (Events.Places.Default.Find(text).Any(p => Locative().IsMatch(text[..p.Start])
            && !question.Contains(text[p.Start..p.End], StringComparison.OrdinalIgnoreCase) && !question.Contains(p.Name, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (Venue().IsMatch(text))
        {
            return true;
        }

        return CapitalisedLocative().Matches(text)
            .Select(m => m.Groups["place"].Value)
            .Any(place => !NotPlaces.Contains(place.Split(' ')[0]) && !question.Contains(place, StringComparison.OrdinalIgnoreCase));
    }
}
