namespace DiplomacyBot.Hosting;

/// <summary>Configuration section "Corpus": the bundled sample corpus used to seed an empty store.</summary>
public sealed class CorpusOptions
{
    public const string Section = "Corpus";

    /// <summary>The folder ingested into an empty store; when it is missing, the copy embedded in the program is used.</summary>
    public string DefaultPath { get; set; } = "data/articles";

    public bool SeedWhenEmpty { get; set; } = true;
}
