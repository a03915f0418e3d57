using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DiplomacyBot.Benchmarks;

/// <summary>
/// A deterministic large corpus derived from a JSON Lines corpus: copy <c>k</c> of each story is re-dated by
/// <c>k</c> years and some days, its years and figures are shifted, and some of its reporting words are varied, so the
/// copies are distinct articles (different ids, dates and content hashes) with realistic text, not duplicates.
/// </summary>
public static partial class ScaleCorpus
{
    private static readonly (string From, string To)[][] Variations =
    [
        [],
        [(" said ", " stated "), (" agreed ", " reached agreement ")],
        [(" said ", " told reporters "), (" talks ", " negotiations ")],
        [(" said ", " announced "), (" meeting ", " session ")],
    ];

    [GeneratedRegex(@"\b(?:19[5-9]\d|20[0-4]\d)\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\d,]*\d)")]
    private static partial Regex Figure();

    /// <summary>Writes <paramref name="count"/> articles derived from <paramref name="source"/> to <paramref name="target"/>.</summary>
    /// <returns>How many articles were written.</returns>
    public static int Write(string source, string target, int count)
    {
        var stories = File.ReadLines(source).Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        if (stories.Count == 0)
        {
            throw new InvalidDataException($"{source}: no stories to derive a corpus from");
        }

        using var writer = new StreamWriter(target, false, new UTF8Encoding(false), 1 << 16);
        for (int n = 0; n < count; n++)
        {
            int copy = n / stories.Count;
            writer.WriteLine(copy == 0 ? stories[n] : Derive(stories[n % stories.Count], copy));
        }

        return count;
    }

    /// <summary>Copy <paramref name="copy"/> (1, 2, ...) of one JSON story.</summary>
    public static string Derive(string story, int copy)
    {
        using JsonDocument document = JsonDocument.Parse(story);
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (JsonProperty property in document.RootElement.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "id":
                        json.WriteString("id", $"{property.Value.GetString()}-x{copy}");
                        break;
                    case "published" when property.Value.ValueKind == JsonValueKind.String
                        && DateTimeOffset.TryParse(property.Value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset published):
                        json.WriteString("published", published.AddYears(copy).AddDays(copy % 29).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
                        break;
                    case "title" or "body" or "dateline" when property.Value.ValueKind == JsonValueKind.String:
                        json.WriteString(property.Name, Vary(property.Value.GetString() ?? string.Empty, copy));
                        break;
                    default:
                        property.WriteTo(json);
                        break;
                }
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Vary(string text, int copy)
    {
        string varied = Year().Replace(text, m => (int.Parse(m.Value, CultureInfo.InvariantCulture) + copy).ToString(CultureInfo.InvariantCulture));
        varied = Figure().Replace(varied, m => Shift(m.Value, copy));
        foreach ((string from, string to) in Variations[copy % Variations.Length])
        {
            varied = varied.Replace(from, to, StringComparison.Ordinal);
        }

        if (varied == text)
        {
            // A story with no figure, year or varied word would repeat verbatim: its paragraphs turn instead.
            string[] paragraphs = text.Split("\n\n");
            int turn = copy % Math.Max(1, paragraphs.Length);
            varied = string.Join("\n\n", paragraphs[turn..].Concat(paragraphs[..turn]));
        }

        return varied;
    }

    /// <summary>"155,221" becomes "155,224" for copy 3: figures change, their form does not.</summary>
    private static string Shift(string figure, int copy)
    {
        int last = figure.Length - 1;
        while (last >= 0 && !char.IsDigit(figure[last]))
        {
            last--;
        }

        if (last < 0)
        {
            return figure;
        }

        int digit = (figure[last] - '0' + copy) % 10;
        return string.Concat(figure.AsSpan(0, last), ((char)('0' + digit)).ToString(), figure.AsSpan(last + 1));
    }
}
