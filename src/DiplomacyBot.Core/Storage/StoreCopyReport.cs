namespace DiplomacyBot.Core.Storage;

/// <summary>What <see cref="StoreCopier"/> wrote: records the target did not already hold unchanged.</summary>
public sealed class StoreCopyReport
{
    public int Articles { get; set; }

    public int NearDuplicateRecords { get; set; }

    /// <summary>Articles' vectors (one record per article and model).</summary>
    public int Vectors { get; set; }

    public int Feeds { get; set; }

    public int States { get; set; }

    /// <summary>Answers the bot gave in chat (with their threads' context).</summary>
    public int Answers { get; set; }

    /// <summary>Users' ratings of answers.</summary>
    public int Ratings { get; set; }

    public string Summary() =>
        $"copied {Text.Counted.Of(Articles, "article")}, {Text.Counted.Of(NearDuplicateRecords, "near-duplicate record")}, " +
        $"{Text.Counted.Of(Vectors, "article's vectors", "articles' vectors")}, {Text.Counted.Of(Feeds, "feed")}, {Text.Counted.Of(States, "state value")}, " +
        $"{Text.Counted.Of(Answers, "chat answer")} and {Text.Counted.Of(Ratings, "rating")}";
}
