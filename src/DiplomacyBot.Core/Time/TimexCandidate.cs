namespace DiplomacyBot.Core.Time;

/// <summary>
/// A possible expression proposed by one rule. Several rules may propose overlapping candidates; the tagger keeps the
/// longest, and <see cref="Priority"/> breaks ties (lower wins) so a specific rule can beat a generic one.
/// </summary>
internal readonly record struct TimexCandidate(
    int Start,
    int End,
    TimexType Type,
    string Value,
    int Priority,
    DiscourseAnchor Anchor,
    AnchorUnit AnchorUnit = AnchorUnit.None,
    int AnchorOffset = 0)
{
    public int Length => End - Start;
}
