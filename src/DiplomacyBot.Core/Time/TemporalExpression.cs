namespace DiplomacyBot.Core.Time;

/// <summary>
/// A temporal expression found in text and normalised TIMEX3-style against a reference date.
/// <see cref="Start"/> and <see cref="End"/> are string indices into the text that was tagged.
/// </summary>
public sealed record TemporalExpression(int Start, int End, string Text, TimexType Type, string Value)
{
    public int Length => End - Start;
}
