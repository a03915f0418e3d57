using System.Text.RegularExpressions;

namespace DiplomacyBot.Llm.Prompts;

/// <summary>
/// A prompt file: an optional <c>[system]</c> section and a <c>[user]</c> section (the whole file when neither marker
/// is present), with named placeholders written <c>{{name}}</c>. Rendering fills every placeholder in one pass, so text
/// from articles that happens to contain braces is never expanded.
/// </summary>
public sealed partial class PromptTemplate
{
    [GeneratedRegex(@"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^\[(system|user)\][ \t]*\r?$", RegexOptions.Multiline)]
    private static partial Regex SectionMarker();

    private PromptTemplate(string name, string source, string system, string user)
    {
        Name = name;
        Source = source;
        System = system;
        User = user;
        Placeholders = Placeholder().Matches(system + "\n" + user).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
    }

    public string Name { get; }

    /// <summary>Where the template was read from, for error messages.</summary>
    public string Source { get; }

    public string System { get; }

    public string User { get; }

    public IReadOnlyList<string> Placeholders { get; }

    public static PromptTemplate Parse(string name, string source, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var markers = SectionMarker().Matches(text);
        if (markers.Count == 0)
        {
            return new PromptTemplate(name, source, string.Empty, text.Trim());
        }

        string system = string.Empty;
        string user = string.Empty;
        for (int i = 0; i < markers.Count; i++)
        {
            int start = markers[i].Index + markers[i].Length;
            int end = i + 1 < markers.Count ? markers[i + 1].Index : text.Length;
            string body = text[start..end].Trim();
            if (markers[i].Groups[1].Value == "system")
            {
                system = body;
            }
            else
            {
                user = body;
            }
        }

        if (user.Length == 0)
        {
            throw new InvalidOperationException($"{source} has no [user] section");
        }

        return new PromptTemplate(name, source, system, user);
    }

    /// <summary>Fills the placeholders. Every placeholder needs a value, and every value a placeholder, so an edit that drops one is caught.</summary>
    public RenderedPrompt Render(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (Placeholders.FirstOrDefault(p => !values.ContainsKey(p)) is { } missing)
        {
            throw new InvalidOperationException($"{Source} uses {{{{{missing}}}}}, which the bot does not supply for the {Name} prompt (it supplies {Names(values.Keys)})");
        }

        if (values.Keys.FirstOrDefault(k => !Placeholders.Contains(k)) is { } unused)
        {
            throw new InvalidOperationException($"{Source} must contain the placeholder {{{{{unused}}}}}");
        }

        return new RenderedPrompt(Name, Fill(System, values), Fill(User, values));
    }

    private static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(text, m => values[m.Groups[1].Value]);

    private static string Names(IEnumerable<string> keys) => string.Join(", ", keys.Select(k => "{{" + k + "}}"));
}
