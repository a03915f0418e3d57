namespace DiplomacyBot.Llm.Prompts;

/// <summary>The prompts the bot uses, each a file <c>prompts/NAME.txt</c>, and the placeholders each must contain.</summary>
public static class PromptNames
{
    public const string Answer = "answer";
    public const string TimelineSummary = "timeline-summary";
    public const string QueryRewrite = "query-rewrite";

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Placeholders { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [Answer] = ["question", "passages"],
        [TimelineSummary] = ["topic", "events"],
        [QueryRewrite] = ["question"],
    };
}
