using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Llm;

/// <summary>
/// What the LLM components log. Prompts and replies only at Debug; keys and tokens never (none is ever passed in).
/// Above Debug only counts, ids, durations and reasons.
/// </summary>
internal static partial class LlmLog
{
    public const string Category = "DiplomacyBot.Llm";

    [LoggerMessage(1, LogLevel.Debug, "Prompt {Name} (system): {System}\nPrompt {Name} (user): {User}")]
    public static partial void Prompt(ILogger logger, string name, string system, string user);

    [LoggerMessage(2, LogLevel.Debug, "Model reply to {Name}: {Reply}")]
    public static partial void Reply(ILogger logger, string name, string reply);

    [LoggerMessage(3, LogLevel.Information, "Model answer shown: {Verified} quotes verified, {Replaced} replaced by the verbatim sentence they paraphrase, {Removed} removed; {Passages} passages sent; {ElapsedMs:0} ms")]
    public static partial void AnswerShown(ILogger logger, int verified, int replaced, int removed, int passages, double elapsedMs);

    [LoggerMessage(4, LogLevel.Warning, "Model answer not used ({Reason}); the extractive answer is shown instead")]
    public static partial void AnswerFallback(ILogger logger, string reason);

    [LoggerMessage(5, LogLevel.Information, "Quote removed from the model answer: it is not in passage {Passage} verbatim")]
    public static partial void QuoteRemoved(ILogger logger, string passage);

    [LoggerMessage(6, LogLevel.Debug, "Query rewriting skipped ({Reason})")]
    public static partial void RewriteSkipped(ILogger logger, string reason);

    [LoggerMessage(7, LogLevel.Debug, "Question rewritten into search terms: {Terms}")]
    public static partial void Rewritten(ILogger logger, string terms);

    [LoggerMessage(8, LogLevel.Warning, "Model summary not used ({Reason}); the extractive summary is shown instead")]
    public static partial void SummaryFallback(ILogger logger, string reason);

    [LoggerMessage(9, LogLevel.Information, "Model summary shown: {Kept} sentences kept, {Dropped} dropped for missing or wrong citations")]
    public static partial void SummaryShown(ILogger logger, int kept, int dropped);

    [LoggerMessage(11, LogLevel.Warning, "Vector search skipped ({Reason}); BM25 ranks alone are used")]
    public static partial void VectorSkipped(ILogger logger, string reason);
}
