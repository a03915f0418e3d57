using System.Text.Json;

namespace DiplomacyBot.Llm.Tests.Support;

/// <summary>A small corpus written for these tests, as JSON Lines the bot ingests like any other.</summary>
public static class TestCorpus
{
    public const string GenevaId = "geneva-round";
    public const string IstanbulId = "istanbul-meeting";
    public const string BankingId = "banking-deal";

    public const string GenevaOpened = "The second round of talks between the two delegations opened in Geneva on Monday.";
    public const string GenevaFocus = "Officials said the sessions focused on prisoner exchanges and maritime security.";
    public const string IstanbulGathered = "Negotiators gathered in Istanbul for six hours of discussions on Thursday.";
    public const string IstanbulPledge = "The first meeting ended with a pledge to restore embassy staffing.";
    public const string BankingAccounts = "The agreement allows embassies to open accounts within thirty days.";

    public static IReadOnlyList<object> Records { get; } =
    [
        new
        {
            id = GenevaId,
            title = "Envoys open second round of talks in Geneva",
            source = "Example Wire",
            published = "2025-03-10",
            url = "https://news.example/geneva-round",
            body = $"{GenevaOpened} {GenevaFocus}\n\nThe delegations agreed to meet again next month. A spokesman declined to comment on a ceasefire.",
        },
        new
        {
            id = IstanbulId,
            title = "Delegations convene in Istanbul",
            source = "Daily Example",
            published = "2025-02-27",
            url = "https://news.example/istanbul-meeting",
            body = $"{IstanbulGathered} {IstanbulPledge}\n\nBoth sides described the atmosphere as businesslike.",
        },
        new
        {
            id = BankingId,
            title = "Banking deal reached",
            source = "Finance Example",
            published = "2025-04-15",
            url = "https://news.example/banking-deal",
            body = $"Negotiators reached an understanding on banking services for diplomats. {BankingAccounts}\n\nFurther talks on aviation are planned for the autumn.",
        },
    ];

    public static string WriteJsonl(string folder)
    {
        string path = Path.Combine(folder, "corpus.jsonl");
        File.WriteAllLines(path, Records.Select(r => JsonSerializer.Serialize(r)));
        return path;
    }
}
