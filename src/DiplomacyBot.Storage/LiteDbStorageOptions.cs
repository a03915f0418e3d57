using DiplomacyBot.Core.Storage;

namespace DiplomacyBot.Storage;

/// <summary>The settings of section "Storage" only the LiteDB store reads; the file is <see cref="StorageOptions.Path"/>.</summary>
public sealed class LiteDbStorageOptions
{
    /// <summary>Open the file in LiteDB's shared mode, for when the command line and <c>serve</c> use it together.</summary>
    public bool Shared { get; set; }

    /// <summary>Memory kept for decoded articles, so the ones questions keep finding are not read and decoded again.</summary>
    public int CacheMegabytes { get; set; } = LiteDbArticleStore.DefaultCacheMegabytes;
}
