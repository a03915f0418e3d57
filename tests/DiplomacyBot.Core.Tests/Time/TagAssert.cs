using DiplomacyBot.Core.Time;
using Xunit;

namespace DiplomacyBot.Core.Tests.Time;

/// <summary>Looks up the expression covering an expected span so each test states only what it cares about.</summary>
internal static class TagAssert
{
    public static readonly TemporalTagger Tagger = new();

    public static DateOnly? Reference(string? iso) => iso is null ? null : DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    public static TemporalExpression Single(string text, string? reference, string span)
    {
        var found = Tagger.Tag(text, Reference(reference));
        var match = found.FirstOrDefault(e => e.Text == span);
        Assert.True(match is not null, $"Expected \"{span}\" in \"{text}\" but found: {Describe(found)}");
        Assert.Equal(span, text.Substring(match!.Start, match.End - match.Start));
        return match;
    }

    public static void Tagged(string text, string? reference, string span, TimexType type, string value)
    {
        var e = Single(text, reference, span);
        Assert.Equal(value, e.Value);
        Assert.Equal(type, e.Type);
    }

    public static string Describe(IReadOnlyList<TemporalExpression> found) =>
        found.Count == 0 ? "(nothing)" : string.Join("; ", found.Select(e => $"\"{e.Text}\" {e.Type} {e.Value}"));
}
