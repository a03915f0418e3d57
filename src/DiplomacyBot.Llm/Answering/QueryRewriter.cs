using System.Text.RegularExpressions;
using DiplomacyBot.Llm.Prompts;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Llm.Answering;

/// <summary>
/// Asks the model for search terms for a question (prompts/query-rewrite.txt). Any failure yields null and retrieval
/// goes on with the question alone; nothing is reported above Debug.
/// </summary>
public sealed partial class QueryRewriter(LlmConnection connection, IPromptLibrary prompts, ILogger logger)
{
    private const int MaxTerms = 12;

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'\-]*")]
    private static partial Regex Term();

    public async Task<string?> RewriteAsync(string question, CancellationToken cancellationToken)
    {
        try
        {
            RenderedPrompt prompt = prompts.Get(PromptNames.QueryRewrite).Render(new Dictionary<string, string> { ["question"] = question });
            LlmLog.Prompt(logger, prompt.Name, prompt.System, prompt.User);
            string? reply = await connection.CompleteAsync(prompt, 60, cancellationToken).ConfigureAwait(false);
            LlmLog.Reply(logger, prompt.Name, reply ?? string.Empty);
            string? terms = Clean(reply);
            if (terms is null)
            {
                LlmLog.RewriteSkipped(logger, "the reply held no search terms");
                return null;
            }

            LlmLog.Rewritten(logger, terms);
            return terms;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LlmLog.RewriteSkipped(logger, ModelFailure.Describe(ex, connection.Options.Timeout));
            return null;
        }
    }

    /// <summary>The first non-empty line's words, at most twelve; null when there are none.</summary>
    public static string? Clean(string? reply)
    {
        string? line = reply?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !l.StartsWith("```", StringComparison.Ordinal));
        if (line is null)
        {
            return null;
        }

        var terms = Term().Matches(line).Select(m => m.Value).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxTerms).ToList();
        return terms.Count == 0 ? null : string.Join(' ', terms);
    }
}
