using System.Globalization;

namespace DiplomacyBot.Core.Text;

/// <summary>A rate as a person reads it: whole numbers from 100, then fewer places the larger it is, never a bare "0".</summary>
public static class Rate
{
    public static string Of(double perSecond) => perSecond switch
    {
        >= 100 => perSecond.ToString("N0", CultureInfo.InvariantCulture),
        >= 10 => perSecond.ToString("0.0", CultureInfo.InvariantCulture),
        >= 0.01 => perSecond.ToString("0.00", CultureInfo.InvariantCulture),
        > 0 => "under 0.01",
        _ => "0",
    };
}
