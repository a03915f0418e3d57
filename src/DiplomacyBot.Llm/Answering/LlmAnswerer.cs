using System.Diagnostics;
using DiplomacyBot.Core.Answering;
using DiplomacyBot.Llm.Prompts;
using DiplomacyBot.Llm.Retrieval;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Llm.Answering;

/// <summary>
/// Answers with a model, grounded and checked, and never worse off than without one. The extractive answer is computed
/// first; the model then gets the question and the retrieved passages (each with id, title, outlet and date) and must
/// cite passage ids; <see cref="AnswerVerifier"/> checks the reply. On a timeout, an error, a refusal or a failed
/// check the extractive answer is returned as it is, with one log line.
/// </summary>
public sealed class LlmAnswerer(
    IAnswerer extractive,
    PassageRetriever retriever,
    LlmConnection connection,
    IPromptLibrary prompts,
    QueryRewriter? rewriter,
    AnswerVerifier verifier,
    ILogger logger) : IAnswerer
{
    public const int MaxAnswerTokens = 800;

    public async Task<Answer> AskAsync(string question, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        Answer fallback = await extractive.AskAsync(question, asOf, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(question))
        {
            return fallback;
        }

        long started = Stopwatch.GetTimestamp();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(connection.Options.Timeout * 2);
        try
        {
            string? terms = rewriter is null ? null : await rewriter.RewriteAsync(question, deadline.Token).ConfigureAwait(false);
            IReadOnlyList<Passage> passages = await retriever.RetrieveAsync(question, terms, fallback.Citations, connection.Options.MaxPassages, deadline.Token).ConfigureAwait(false);
            if (asOf is { } day)
            {
                // As the articles stood then: nothing published later reaches the model.
                passages = [.. passages.Where(p => p.Article.Published.Value is not { } published || published <= day)];
            }

            if (passages.Count == 0)
            {
                LlmLog.AnswerFallback(logger, "no passage was found to send");
                return fallback;
            }

            RenderedPrompt prompt = prompts.Get(PromptNames.Answer).Render(new Dictionary<string, string>
            {
                ["question"] = question.Trim(),
                ["passages"] = PassageFormatter.Format(passages),
            });
            LlmLog.Prompt(logger, prompt.Name, prompt.System, prompt.User);
            string? reply = await connection.CompleteAsync(prompt, MaxAnswerTokens, deadline.Token).ConfigureAwait(false);
            LlmLog.Reply(logger, prompt.Name, reply ?? string.Empty);

            VerifiedAnswer verified = verifier.Verify(question, reply, passages);
            if (verified.Answer is null)
            {
                LlmLog.AnswerFallback(logger, verified.FailureReason ?? "the check failed");
                return fallback;
            }

            LlmLog.AnswerShown(logger, verified.Verified, verified.Replaced, verified.Removed, passages.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return verified.Answer;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LlmLog.AnswerFallback(logger, ModelFailure.Describe(ex, connection.Options.Timeout));
            return fallback;
        }
    }
}
