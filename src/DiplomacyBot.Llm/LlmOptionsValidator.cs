using Microsoft.Extensions.Options;

namespace DiplomacyBot.Llm;

/// <summary>Start-up validation of the "Llm" section: each bad or missing key named by its path; no value echoed.</summary>
public sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = options.Failures().ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
