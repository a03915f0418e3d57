namespace DiplomacyBot.Core.Time;

/// <summary>The TIMEX3 type of a temporal expression.</summary>
public enum TimexType
{
    Date,
    Time,
    Duration,
    Set,
}
