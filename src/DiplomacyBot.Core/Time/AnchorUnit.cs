namespace DiplomacyBot.Core.Time;

/// <summary>The granularity an anaphoric expression ("that year", "the next day") keeps from the date it refers to.</summary>
internal enum AnchorUnit
{
    None,
    Day,
    Month,
    Year,
}
