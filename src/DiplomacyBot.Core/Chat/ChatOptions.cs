namespace DiplomacyBot.Core.Chat;

/// <summary>
/// Configuration section "Chat": what every chat adapter shares. A thread's context (the question and answer a
/// follow-up is read with) is kept for <see cref="ThreadContextHours"/> after the bot last answered in it; slash
/// commands answer only the asker, with a "Share in channel" button, when <see cref="EphemeralCommands"/> is on.
/// </summary>
public sealed class ChatOptions
{
    public const string Section = "Chat";

    public const double MaxThreadContextHours = 24 * 365;

    public double ThreadContextHours { get; set; } = 24;

    public bool EphemeralCommands { get; set; }

    public TimeSpan ThreadContext => TimeSpan.FromHours(ThreadContextHours);

    /// <summary>What is wrong with the section, each naming its key.</summary>
    public IEnumerable<string> Failures()
    {
        if (double.IsNaN(ThreadContextHours) || ThreadContextHours <= 0 || ThreadContextHours > MaxThreadContextHours)
        {
            yield return $"Chat:ThreadContextHours must be more than 0 and at most {MaxThreadContextHours}";
        }
    }
}
