using System.Text.Json;
using System.Text.RegularExpressions;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// The code answers from general mechanisms, not from the development questions: no string literal in src/ holds a
/// development question's distinctive words (a name of two or more capitalised words, or three content words in a
/// row). Comments may quote examples; code may not match them.
/// </summary>
public sealed partial class ConventionTests
{
    [Fact]
    public void NoDevelopmentQuestionsDistinctiveWords_AppearAsALiteralInSrc()
    {
        string root = RepoPaths.Root;
        var stopWords = Core.Text.Lexicon.Get("stop-words").Concat(Core.Text.Lexicon.QuestionStopWords).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var questions = Directory.GetFiles(Path.Combine(root, "tests", "eval"), "*.jsonl")
            .SelectMany(File.ReadLines)
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("q").GetString()!)
            .ToList();
        Assert.NotEmpty(questions);
        var literals = Directory.GetFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal))
                .SelectMany(l => Literal().Matches(l).Select(m => (File: Path.GetRelativePath(root, f), Text: m.Value.ToLowerInvariant()))))
            .ToList();

        var found = new List<string>();
        foreach (string question in questions)
        {
            foreach (string phrase in Distinctive(question, stopWords))
            {
                var pattern = new Regex($@"(?<![\p{{L}}]){Regex.Escape(phrase)}(?![\p{{L}}])");
                found.AddRange(literals.Where(l => pattern.IsMatch(l.Text)).Select(l => $"\"{phrase}\" (from \"{question}\") in {l.File}"));
            }
        }

        Assert.True(found.Count == 0, string.Join("\n", found.Distinct()));
    }

    /// <summary>A question's names of two or more capitalised words, and its runs of three content words.</summary>
    private static IEnumerable<string> Distinctive(string question, HashSet<string> stopWords)
    {
        foreach (Match name in Name().Matches(question))
        {
            yield return name.Value.ToLowerInvariant();
        }

        var words = Word().Matches(question).Select(m => m.Value.ToLowerInvariant()).ToList();
        for (int i = 0; i + 3 <= words.Count; i++)
        {
            if (words.Skip(i).Take(3).All(w => !stopWords.Contains(w)))
            {
                yield return string.Join(' ', words.Skip(i).Take(3));
            }
        }
    }

    [GeneratedRegex(@"""(?:[^""\\]|\\.)*""")]
    private static partial Regex Literal();

    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+\b")]
    private static partial Regex Name();

    [GeneratedRegex(@"\p{L}[\p{L}'’-]*")]
    private static partial Regex Word();
}
