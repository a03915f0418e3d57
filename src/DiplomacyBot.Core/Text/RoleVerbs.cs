namespace DiplomacyBot.Core.Text;

/// <summary>
/// The verbs by which a question asks for whoever holds a role (<c>Text/Lexicons/role-verbs.txt</c>): "who chairs
/// ...?" asks for the chairman.
/// </summary>
public static class RoleVerbs
{
    private static readonly IReadOnlyDictionary<string, string> RoleOf = Load();

    /// <summary>Every verb form, longest first, as an alternation.</summary>
    public static string Alternation { get; } = TaggedWords.Alternation(RoleOf.Keys.OrderByDescending(v => v.Length));

    /// <summary>The role a verb form asks for; null for a verb that names none.</summary>
    public static string? Role(string verb) => RoleOf.GetValueOrDefault(string.Join(' ', verb.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));

    private static Dictionary<string, string> Load()
    {
        var roles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var table = TaggedWords.Load("role-verbs");
        foreach (string role in table.Values(0))
        {
            foreach (string verb in table.Columns(role))
            {
                roles[verb.Replace('_', ' ')] = role;
            }
        }

        return roles;
    }
}
