using Microsoft.Extensions.Options;

namespace DiplomacyBot.Chat.Hosting;

/// <summary>
/// Start-up validation of an enabled adapter's section from a list of failures, each naming the bad or missing key by
/// its configuration path; a disabled adapter's keys are not checked.
/// </summary>
public sealed class ChatOptionsValidator<TOptions>(Func<TOptions, IEnumerable<string>> failures) : IValidateOptions<TOptions>
    where TOptions : class, IChatOptions
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var found = options.Enabled ? failures(options).ToList() : [];
        return found.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(found);
    }
}
