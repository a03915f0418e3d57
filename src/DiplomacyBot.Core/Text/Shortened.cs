namespace DiplomacyBot.Core.Text;

/// <summary>Text cut to a length for display: whole when it fits, otherwise cut and ended with "...".</summary>
public static class Shortened
{
    public static string To(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 4);
        return text.Length <= max ? text : text[..(max - 3)].TrimEnd() + "...";
    }
}
