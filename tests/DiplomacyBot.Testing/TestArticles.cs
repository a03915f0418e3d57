using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Ingestion;
using DiplomacyBot.Core.Time;

namespace DiplomacyBot.Testing;

public static class TestArticles
{
    private static readonly ArticleParser Parser = new(new TemporalTagger(), TimeProvider.System);

    public static Article Make(string id, string body, string title = "Talks", DateOnly? published = null) =>
        Parser.Parse(new RawArticle { Source = id + ".txt", Id = id, Title = title, Text = body, Published = published });
}
