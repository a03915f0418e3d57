using System.Globalization;
using System.Text;
using System.Xml;

namespace DiplomacyBot.Core.Time.Evaluation;

/// <summary>
/// Reads TempEval-3 style TimeML. Only the character data inside &lt;TEXT&gt; is kept (entities decoded, tags
/// dropped, whitespace untouched), so gold offsets and tagger offsets refer to the same string.
/// </summary>
public static class TimeMlReader
{
    public static TimeMlDocument ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, Path.GetFileNameWithoutExtension(path));
    }

    public static TimeMlDocument Read(Stream stream, string id)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            IgnoreWhitespace = false,
            IgnoreComments = true,
            XmlResolver = null,
        };
        using var reader = XmlReader.Create(stream, settings);
        var text = new StringBuilder();
        var timexes = new List<GoldTimex>();
        DateOnly? creation = null;
        var inText = false;
        var inDct = false;
        var open = new Stack<(int Start, TimexType Type, string Value)>();
        while (reader.Read())
        {
            inText = Inside(reader, "TEXT", inText);
            inDct = Inside(reader, "DCT", inDct);
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.LocalName == "TIMEX3":
                    if (reader.GetAttribute("functionInDocument") == "CREATION_TIME" || inDct)
                    {
                        creation ??= ParseDate(reader.GetAttribute("value"));
                    }

                    if (inText && !reader.IsEmptyElement)
                    {
                        open.Push((text.Length, ParseType(reader.GetAttribute("type")), reader.GetAttribute("value") ?? ""));
                    }

                    break;
                case XmlNodeType.EndElement when reader.LocalName == "TIMEX3" && inText && open.Count > 0:
                    var (start, type, value) = open.Pop();
                    timexes.Add(new GoldTimex(start, text.Length, text.ToString(start, text.Length - start), type, value));
                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA when inText:
                    text.Append(reader.Value);
                    break;
            }
        }

        timexes.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new TimeMlDocument(id, text.ToString(), creation, timexes);
    }

    /// <summary>Whether the reader is inside <paramref name="element"/> once at its current node: from the start tag (unless empty) to the end tag.</summary>
    private static bool Inside(XmlReader reader, string element, bool inside) => reader.LocalName != element ? inside : reader.NodeType switch
    {
        XmlNodeType.Element => !reader.IsEmptyElement,
        XmlNodeType.EndElement => false,
        _ => inside,
    };

    private static DateOnly? ParseDate(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;

    private static TimexType ParseType(string? type) => type?.ToUpperInvariant() switch
    {
        "TIME" => TimexType.Time,
        "DURATION" => TimexType.Duration,
        "SET" => TimexType.Set,
        _ => TimexType.Date,
    };
}
