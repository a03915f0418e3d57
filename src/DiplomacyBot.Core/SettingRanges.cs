using System.Globalization;

namespace DiplomacyBot.Core;

/// <summary>Checks of numeric settings against the ranges they may take, for an options class's list of failures.</summary>
public static class SettingRanges
{
    /// <summary>
    /// "Key must be between Min and Max" for each setting outside its range (bounds included; a NaN is outside every
    /// range), in the order given.
    /// </summary>
    public static IEnumerable<string> Failures(params (string Key, double Value, double Min, double Max)[] settings) =>
        settings
            .Where(s => double.IsNaN(s.Value) || s.Value < s.Min || s.Value > s.Max)
            .Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} must be between {s.Min} and {s.Max}"));
}
