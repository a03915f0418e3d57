using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Ingestion;
using DiplomacyBot.Core.Time;

namespace DiplomacyBot.Testing;

/// <summary>Parses articles the way ingestion does, on a fixed clock.</summary>
public static class Parsing
{
    public static readonly ArticleParser Parser = new(new TemporalTagger(), FixedClock.At(2026, 11, 22));

    public static Article Text(string text, string id = "test") =>
        Parser.Parse(new RawArticle { Source = id + ".txt", Id = id, Text = text });

    public static Article Sample(string prefix)
    {
        string path = RepoPaths.SamplePath(prefix);
        return Parser.Parse(new RawArticle { Source = path, Id = Path.GetFileNameWithoutExtension(path), Text = File.ReadAllText(path) });
    }
}
