using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Events;
using DiplomacyBot.Core.Time;
using LiteDB;

namespace DiplomacyBot.Storage;

/// <summary>
/// Maps articles to and from BSON by hand: the stored shape is explicit and stable, and sentences are kept compact
/// (offsets and resolved times only; their text is always cut from the original).
/// </summary>
internal static class ArticleBson
{
    public static BsonDocument ToDocument(Article a) => new()
    {
        ["_id"] = a.Id,
        ["source"] = a.Source,
        ["url"] = BsonFields.Optional(a.Url),
        ["title"] = a.Title,
        ["outlet"] = BsonFields.Optional(a.Outlet),
        ["published"] = BsonFields.Day(a.Published.Value),
        ["dateBasis"] = a.Published.Basis.ToWireName(),
        ["cues"] = new BsonArray(a.Published.Cues.Select(c => CueToBson(c, a.Published.Conflicts.Contains(c)))),
        ["original"] = a.OriginalText,
        ["paragraphs"] = new BsonArray(a.Paragraphs.Select(p => new BsonArray { p.Start, p.End })),
        ["sentences"] = new BsonArray(a.Sentences.Select(SentenceToBson)),
        ["events"] = new BsonArray(a.Events.Select(EventToBson)),
        ["hash"] = a.ContentHash,
        ["ingestedAt"] = a.IngestedAt.UtcDateTime,
        ["size"] = a.SizeBytes,
    };

    public static Article FromDocument(BsonDocument doc)
    {
        var cues = new List<DateCue>();
        var conflicts = new List<DateCue>();
        foreach (BsonValue value in doc["cues"].AsArray)
        {
            BsonDocument c = value.AsDocument;
            var cue = new DateCue(
                ParseKind(c["kind"].AsString),
                c["date"].AsDay(),
                c["text"].AsString,
                c["month"].AsOptionalInt32(),
                c["day"].AsOptionalInt32());
            cues.Add(cue);
            if (c["conflict"].AsBoolean)
            {
                conflicts.Add(cue);
            }
        }

        DateOnly? published = doc["published"].AsDay();
        return new Article
        {
            Id = doc["_id"].AsString,
            Source = doc["source"].AsString,
            Url = doc["url"].AsOptionalString(),
            Title = doc["title"].AsString,
            Outlet = doc["outlet"].AsOptionalString(),
            Published = new PublicationDate(published, ParseBasis(doc["dateBasis"].AsString), cues, conflicts),
            OriginalText = doc["original"].AsString,
            Paragraphs = doc["paragraphs"].AsArray.Select(p => new TextSpan(p.AsArray[0].AsInt32, p.AsArray[1].AsInt32)).ToList(),
            Sentences = doc["sentences"].AsArray.Select((s, i) => SentenceFromBson(s.AsArray, i)).ToList(),
            ContentHash = doc["hash"].AsString,
            Events = doc["events"].IsArray ? doc["events"].AsArray.Select(e => EventFromBson(e.AsDocument, doc["_id"].AsString, published)).ToList() : [],
            IngestedAt = new DateTimeOffset(DateTime.SpecifyKind(doc["ingestedAt"].AsDateTime, DateTimeKind.Utc).ToUniversalTime()),
            SizeBytes = doc["size"].AsInt32,
        };
    }

    private static BsonDocument EventToBson(EventMention e) => new()
    {
        ["sentence"] = e.SentenceIndex,
        ["kind"] = e.Kind.ToString(),
        ["ordinal"] = BsonFields.Optional(e.Ordinal),
        ["place"] = BsonFields.Optional(e.Place),
        ["participants"] = new BsonArray(e.Participants.Select(p => new BsonValue(p))),
        ["date"] = BsonFields.Optional(e.DateValue),
        ["dateText"] = BsonFields.Optional(e.DateText),
        ["status"] = e.Status.ToString(),
        ["heldCount"] = BsonFields.Optional(e.HeldCount),
        ["follows"] = e.FollowsEarlier,
        ["text"] = e.SentenceText,
    };

    private static EventMention EventFromBson(BsonDocument d, string articleId, DateOnly? published) => new()
    {
        ArticleId = articleId,
        SentenceIndex = d["sentence"].AsInt32,
        Kind = Enum.Parse<EventKind>(d["kind"].AsString),
        Ordinal = d["ordinal"].AsOptionalInt32(),
        Place = d["place"].AsOptionalString(),
        Participants = d["participants"].AsArray.Select(p => p.AsString).ToList(),
        DateValue = d["date"].AsOptionalString(),
        DateText = d["dateText"].AsOptionalString(),
        Status = Enum.Parse<EventStatus>(d["status"].AsString),
        HeldCount = d["heldCount"].AsOptionalInt32(),
        FollowsEarlier = d["follows"].IsBoolean && d["follows"].AsBoolean,
        ArticlePublished = published,
        SentenceText = d["text"].AsString,
    };

    private static BsonDocument CueToBson(DateCue c, bool conflict) => new()
    {
        ["kind"] = c.Kind.ToWireName(),
        ["date"] = BsonFields.Day(c.Date),
        ["text"] = c.Text,
        ["month"] = BsonFields.Optional(c.Month),
        ["day"] = BsonFields.Optional(c.Day),
        ["conflict"] = conflict,
    };

    // A sentence is [paragraph, start, end, times...] where each time is [start, end, type, value]: compact for large corpora.
    private static BsonArray SentenceToBson(Sentence s)
    {
        var array = new BsonArray { s.Paragraph, s.Start, s.End };
        foreach (TemporalExpression t in s.Times)
        {
            array.Add(new BsonArray { t.Start, t.End, (int)t.Type, t.Value, t.Text });
        }

        return array;
    }

    private static Sentence SentenceFromBson(BsonArray a, int index)
    {
        var times = new List<TemporalExpression>(a.Count - 3);
        for (int i = 3; i < a.Count; i++)
        {
            BsonArray t = a[i].AsArray;
            times.Add(new TemporalExpression(t[0].AsInt32, t[1].AsInt32, t[4].AsString, (TimexType)t[2].AsInt32, t[3].AsString));
        }

        return new Sentence(index, a[0].AsInt32, a[1].AsInt32, a[2].AsInt32, times);
    }

    private static readonly Dictionary<string, DateCueKind> KindsByWireName =
        Enum.GetValues<DateCueKind>().DistinctBy(k => k.ToWireName()).ToDictionary(k => k.ToWireName(), StringComparer.Ordinal);

    private static readonly Dictionary<string, DateBasis> BasesByWireName =
        Enum.GetValues<DateBasis>().DistinctBy(b => b.ToWireName()).ToDictionary(b => b.ToWireName(), StringComparer.Ordinal);

    private static DateCueKind ParseKind(string name) => KindsByWireName.GetValueOrDefault(name, DateCueKind.Byline);

    private static DateBasis ParseBasis(string name) => BasesByWireName.GetValueOrDefault(name, DateBasis.Unknown);
}
