using System.Globalization;

namespace DiplomacyBot.Core.Text;

/// <summary>A count with its noun, singular or plural as the count needs: "1 article", "2 articles", "1,204 sentences".</summary>
public static class Counted
{
    /// <param name="plural">The plural when it is not the noun plus "s".</param>
    public static string Of(int count, string noun, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? noun : plural ?? noun + "s")}");
}
