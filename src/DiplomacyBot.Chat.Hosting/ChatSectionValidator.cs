using DiplomacyBot.Core.Chat;
using Microsoft.Extensions.Options;

namespace DiplomacyBot.Chat.Hosting;

/// <summary>Start-up validation of the "Chat" section, each failure naming its key.</summary>
public sealed class ChatSectionValidator : IValidateOptions<ChatOptions>
{
    public ValidateOptionsResult Validate(string? name, ChatOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var found = options.Failures().ToList();
        return found.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(found);
    }
}
