namespace DiplomacyBot.Search;

/// <summary>Configuration section "Search": where this process keeps its derived indexes.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>
    /// The folder of the Lucene index (the vector index goes beside it, in "&lt;IndexPath&gt;.vectors/"). Empty: beside the
    /// LiteDB file ("&lt;Storage:Path&gt;.index/"), or, with PostgreSQL, <see cref="DefaultReplicaIndexPath"/>. Each replica
    /// keeps its own, derived from the shared store.
    /// </summary>
    public string? IndexPath { get; set; }

    public const string DefaultReplicaIndexPath = "data/replica.index";
}
