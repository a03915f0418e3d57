using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DiplomacyBot.Chat.Hosting;

/// <summary>What every chat adapter asks before it maps its webhook endpoints.</summary>
public static class ChatEndpoints
{
    /// <summary>Whether the adapter is enabled and, by <paramref name="takesRequests"/>, configured to take HTTP requests.</summary>
    public static bool ReceivesWebhooks<TOptions>(this IEndpointRouteBuilder endpoints, Func<TOptions, bool> takesRequests)
        where TOptions : class, IChatOptions
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(takesRequests);
        TOptions options = endpoints.ServiceProvider.GetRequiredService<IOptions<TOptions>>().Value;
        return options.Enabled && takesRequests(options);
    }
}
