using System.Collections.Frozen;

namespace DiplomacyBot.Core.Text;

/// <summary>
/// The words that name a diplomatic event (<c>Text/Lexicons/event-words.txt</c>): the nouns a question numbers or asks
/// about, and the trigger words by which articles report an event of each kind.
/// </summary>
public static class EventWords
{
    private const int KindColumn = 1;
    private const int TagColumns = 2;

    private static readonly TaggedWords Table = TaggedWords.Load("event-words");

    /// <summary>Nouns a question numbers or asks the next of ("round", "meetings", "summit"), as an alternation.</summary>
    public static string Numbered { get; } = TaggedWords.Alternation(Table.With(TagColumns, "numbered"));

    /// <summary>The singular forms of <see cref="Numbered"/>, as an alternation.</summary>
    public static string NumberedSingular { get; } = TaggedWords.Alternation(Table.With(TagColumns, "numbered", "one"));

    /// <summary>The words of <see cref="Numbered"/> as a set.</summary>
    public static FrozenSet<string> NumberedSet { get; } = TaggedWords.Set(Table.With(TagColumns, "numbered"));

    /// <summary>Plurals a count before says how many were held ("had held three rounds"), as an alternation.</summary>
    public static string Counted { get; } = TaggedWords.Alternation(Table.With(TagColumns, "counted"));

    /// <summary>Nouns that name an event: those of meetings, and of agreements ("deal", "accord"), as an alternation.</summary>
    public static string Nouns { get; } = TaggedWords.Alternation(Table.With(TagColumns, "meeting")
        .Concat(Table.Where(KindColumn, "agreement").Where(w => !w.EndsWith("ed", StringComparison.Ordinal))));

    /// <summary>Nouns by which a question asks about a meeting, as an alternation.</summary>
    public static string Meeting { get; } = TaggedWords.Alternation(Table.With(TagColumns, "meeting"));

    /// <summary>The kinds of event the table names ("round", "talks", ...), each with its trigger words as an alternation, in the table's order.</summary>
    public static IReadOnlyList<(string Kind, string Words)> Triggers { get; } = Table.Values(KindColumn)
        .Where(kind => kind != "-")
        .Select(kind => (kind, TaggedWords.Alternation(Table.Where(KindColumn, kind))))
        .ToList();
}
