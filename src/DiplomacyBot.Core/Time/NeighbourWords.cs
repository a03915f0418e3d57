using System.Collections.Frozen;

namespace DiplomacyBot.Core.Time;

/// <summary>The word right before a position in a text, as the rules read a date's context ("in May", "since 1987").</summary>
internal static class NeighbourWords
{
    /// <summary>Words that introduce a date for every rule that asks ("in May", "since 1987", "until the spring"); each rule adds its own.</summary>
    public static readonly IReadOnlyList<string> DateIntroducers =
    [
        "in", "since", "until", "till", "by", "during", "through", "from", "before", "after", "of", "early", "late", "for", "and",
    ];

    /// <summary>A rule's introducers, matched case aside: <see cref="DateIntroducers"/> and <paramref name="more"/>.</summary>
    public static FrozenSet<string> Introducers(params string[] more) => DateIntroducers.Concat(more).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The letters just before <paramref name="index"/>, past the spaces (and hyphens, when asked) in between; empty when there are none.</summary>
    public static string Before(string text, int index, bool overHyphens = false)
    {
        var end = index;
        while (end > 0 && (text[end - 1] == ' ' || (overHyphens && text[end - 1] == '-')))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text[start..end];
    }
}
