namespace DiplomacyBot.Core.Chat;

/// <summary>
/// Configuration section "Admin": who may use the commands that change the store. An entry is a user or channel id
/// ("U0123"), or one qualified by its platform ("slack:U0123"). Nobody is an admin unless listed.
/// </summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    public List<string> Users { get; set; } = [];

    public List<string> Channels { get; set; } = [];

    public bool Allows(IncomingQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return Matches(Users, question.Platform, question.User) || Matches(Channels, question.Platform, question.Channel);
    }

    private static bool Matches(List<string> entries, string platform, string id) =>
        !string.IsNullOrEmpty(id) && entries.Any(e =>
            string.Equals(e, id, StringComparison.Ordinal) || string.Equals(e, $"{platform}:{id}", StringComparison.OrdinalIgnoreCase));
}
