using Microsoft.Extensions.Options;

namespace DiplomacyBot.Core;

/// <summary>Start-up validation from an options class's own list of failures, each naming its configuration key.</summary>
internal sealed class FailuresValidator<T>(Func<T, IEnumerable<string>> failures) : IValidateOptions<T>
    where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var found = failures(options).ToList();
        return found.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(found);
    }
}
