using System.Collections.Frozen;

namespace DiplomacyBot.Core.Text;

/// <summary>The verbs that report what someone said or the view they hold (<c>Text/Lexicons/reporting-verbs.txt</c>), each set as the table marks it.</summary>
public static class ReportingVerbs
{
    private const int TagColumns = 1;

    private static readonly TaggedWords Table = TaggedWords.Load("reporting-verbs");

    /// <summary>Forms by which a question asks about a statement, as an alternation.</summary>
    public static string Report { get; } = TaggedWords.Alternation(Table.With(TagColumns, "report"));

    /// <summary>Forms that, next to a date, say when something was said ("said on Monday"), as an alternation.</summary>
    public static string Past { get; } = TaggedWords.Alternation(Table.With(TagColumns, "past"));

    /// <summary>
    /// <see cref="Past"/> with room for who was told: a form marked "hearer" may be followed by up to two words
    /// ("told reporters"), each with its following space.
    /// </summary>
    public static string PastWithHearer { get; } = TaggedWords.Alternation(Table.With(TagColumns, "past")
        .Select(v => Table.With(TagColumns, "hearer").Contains(v) ? v + @"\s+(?:\w+\s+){0,2}" : v));

    /// <summary>Forms that, right after a place, say where the speaker was ("a spokesman in Bonn said"), as an alternation.</summary>
    public static string Attribution { get; } = TaggedWords.Alternation(Table.With(TagColumns, "attribution"));

    /// <summary>Forms by which "when did X ...?" asks for the date of a statement, as an alternation.</summary>
    public static string Asked { get; } = TaggedWords.Alternation(Table.With(TagColumns, "asked"));

    /// <summary>Forms after which a question's clause gives the tense of the event it asks about, as an alternation.</summary>
    public static string Clause { get; } = TaggedWords.Alternation(Table.With(TagColumns, "clause"));

    /// <summary>Forms by which a sentence has someone speak or hold a view ("said", "stressed", "believes"), as an alternation.</summary>
    public static string Speech { get; } = TaggedWords.Alternation(Table.With(TagColumns, "speech"));

    /// <summary>Forms by which "what did X ...?" asks what X said or holds ("say", "reply", "think"), as an alternation.</summary>
    public static string Spoken { get; } = TaggedWords.Alternation(Table.With(TagColumns, "spoken"));

    /// <summary>Forms that may stand before their speaker ("said the minister", "added Kroll"), as an alternation.</summary>
    public static string Inverted { get; } = TaggedWords.Alternation(Table.With(TagColumns, "inverted"));

    /// <summary>Forms that date the report rather than the event, as a set.</summary>
    public static FrozenSet<string> Tense { get; } = TaggedWords.Set(Table.With(TagColumns, "tense"));
}
