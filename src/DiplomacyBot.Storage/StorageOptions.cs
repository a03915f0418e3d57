namespace DiplomacyBot.Storage;

/// <summary>Configuration section "Storage".</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The LiteDB file. The Lucene index lives beside it, in "&lt;Path&gt;.index/".</summary>
    public string Path { get; set; } = "data/diplomacybot.db";

    /// <summary>Open the file in LiteDB's shared mode, for when the command line and <c>serve</c> use it together.</summary>
    public bool Shared { get; set; }

    /// <summary>Memory kept for decoded articles, so the ones questions keep finding are not read and decoded again.</summary>
    public int CacheMegabytes { get; set; } = LiteDbArticleStore.DefaultCacheMegabytes;
}
