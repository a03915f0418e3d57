using System.Collections.Frozen;

namespace DiplomacyBot.Core.Text;

/// <summary>
/// English verbs whose past forms do not end in -ed (<c>Text/Lexicons/irregular-verbs.txt</c>): "sent" is the past of
/// "send", so a question whether something was sent is answered by a report that says it was.
/// </summary>
public static class IrregularVerbs
{
    private static readonly FrozenDictionary<string, string[]> FormsOfBase = Load();

    private static readonly FrozenDictionary<string, string> BaseOfForm = FormsOfBase
        .SelectMany(verb => verb.Value.Select(form => (Form: form, Base: verb.Key)))
        .DistinctBy(pair => pair.Form, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(pair => pair.Form, pair => pair.Base, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="word"/> is the past or past participle of an irregular verb ("sent", "held", "begun").</summary>
    public static bool IsPastForm(string word) => BaseOfForm.ContainsKey(word);

    /// <summary>The base form of the irregular verb that <paramref name="word"/> is a past form of ("won": "win"); null otherwise.</summary>
    public static string? BaseOf(string word) => BaseOfForm.GetValueOrDefault(word);

    /// <summary>
    /// The past and participle of the irregular verb that <paramref name="word"/> is a form of ("send", "sends",
    /// "sending", "sent": "sent"; "taking": "took", "taken"); empty for a regular verb or a word that is no verb.
    /// </summary>
    public static IReadOnlyList<string> PastFormsOf(string word) =>
        BaseOfForm.TryGetValue(word, out string? lemma) || (lemma = PresentBase(word.ToLowerInvariant())) is not null
            ? FormsOfBase[lemma] : [];

    /// <summary>
    /// The base of an irregular verb that the word is, or is the -ing or -s form of ("taking": "take", "winning":
    /// "win", "buying": "buy", "goes": "go", "flies": "fly"); null when it is none.
    /// </summary>
    private static string? PresentBase(string word)
    {
        if (FormsOfBase.ContainsKey(word))
        {
            return word;
        }

        IEnumerable<string> bases = word switch
        {
            { Length: > 4 } when word.EndsWith("ing", StringComparison.Ordinal) =>
                [word[..^3], word[..^3] + "e", .. word[^4] == word[^5] ? [word[..^4]] : Array.Empty<string>()],
            { Length: > 4 } when word.EndsWith("ies", StringComparison.Ordinal) => [word[..^3] + "y"],
            { Length: > 3 } when word.EndsWith("es", StringComparison.Ordinal) => [word[..^2], word[..^1]],
            { Length: > 2 } when word.EndsWith('s') => [word[..^1]],
            _ => [],
        };
        return bases.FirstOrDefault(FormsOfBase.ContainsKey);
    }

    private static FrozenDictionary<string, string[]> Load()
    {
        var verbs = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (string line in EmbeddedData.Entries(EmbeddedData.Read("DiplomacyBot.Core.Text.Lexicons.irregular-verbs.txt")))
        {
            string[] words = line.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length >= 2)
            {
                verbs[words[0]] = words[1..].Distinct(StringComparer.Ordinal).ToArray();
            }
        }

        return verbs.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
