namespace DiplomacyBot.Core.Time;

/// <summary>Which side of the reference date an underspecified expression ("Thursday", "in May") points to.</summary>
internal enum TenseDirection
{
    None,
    Past,
    Future,
}
