using System.Collections.Frozen;

namespace DiplomacyBot.Core.Text;

/// <summary>
/// A word table shipped as a data file (<c>Text/Lexicons/NAME.txt</c>): one word a line, then its columns, separated
/// by spaces; <c>#</c> comments. The word's lines keep their order.
/// </summary>
internal sealed class TaggedWords
{
    private readonly List<string[]> rows;

    private TaggedWords(List<string[]> rows) => this.rows = rows;

    /// <summary>Every line, its word first, then its columns.</summary>
    public IReadOnlyList<string[]> Rows => rows;

    public static TaggedWords Load(string name) => new(EmbeddedData.Entries(EmbeddedData.Read($"DiplomacyBot.Core.Text.Lexicons.{name}.txt"))
        .Select(line => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        .ToList());

    /// <summary>The words whose columns from <paramref name="firstColumn"/> on hold every one of <paramref name="tags"/>.</summary>
    public IReadOnlyList<string> With(int firstColumn, params string[] tags) =>
        rows.Where(r => tags.All(t => r.Skip(firstColumn).Contains(t, StringComparer.Ordinal))).Select(r => r[0]).ToList();

    /// <summary>The words with <paramref name="value"/> in <paramref name="column"/>.</summary>
    public IReadOnlyList<string> Where(int column, string value) =>
        rows.Where(r => r.Length > column && r[column] == value).Select(r => r[0]).ToList();

    /// <summary>The distinct values of <paramref name="column"/>, in the order they first appear.</summary>
    public IReadOnlyList<string> Values(int column) => rows.Where(r => r.Length > column).Select(r => r[column]).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The columns after <paramref name="word"/> on its lines, in order.</summary>
    public IReadOnlyList<string> Columns(string word) =>
        rows.Where(r => r[0] == word).SelectMany(r => r.Skip(1)).ToList();

    public static FrozenSet<string> Set(IEnumerable<string> words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The words as a regular-expression alternation ("round|rounds|...").</summary>
    public static string Alternation(IEnumerable<string> words) => string.Join('|', words);
}
