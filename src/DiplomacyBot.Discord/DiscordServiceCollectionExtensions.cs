using DiplomacyBot.Core.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DiplomacyBot.Discord;

/// <summary>Wires the Discord adapter: <c>services.AddDiscord(configuration)</c> and <c>app.MapDiscord()</c>. Both do nothing when Discord:Enabled is false.</summary>
public static class DiscordServiceCollectionExtensions
{
    public static IServiceCollection AddDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        if (!services.AddChatOptions<DiscordOptions>(configuration, DiscordOptions.Section, DiscordOptionsValidator.Failures))
        {
            return services;
        }

        services.TryAddSingleton(DiscordReconnectPolicy.Default);
        services.TryAddSingleton<IDiscordSocketConnector, DiscordSocketConnector>();
        services.AddSingleton(sp => new TimelineTopics(sp.GetService<IArticleStore>()));
        services.AddSingleton<DiscordRateLimiter>();
        services.AddSingleton<DiscordBotIdentity>();
        services.AddSingleton<DiscordEventRouter>();
        services.AddSingleton<DiscordInteractions>();
        services.AddSingleton<DiscordHttpInteractions>();
        services.AddHttpClient<IDiscordApi, DiscordApiClient>(http => http.Timeout = TimeSpan.FromSeconds(30));
        services.AddHostedService<DiscordStartup>();
        services.AddChatAdapter<DiscordPlatform>(DiscordEventRouter.Platform);
        if (configuration.GetValue<bool?>($"{DiscordOptions.Section}:{nameof(DiscordOptions.Gateway)}") ?? true)
        {
            services.AddSingleton<DiscordGatewayClient>();
            services.AddHostedService(sp => sp.GetRequiredService<DiscordGatewayClient>());
        }

        return services;
    }

    /// <summary>Maps <c>POST /discord/interactions</c> when Discord is enabled with a public key.</summary>
    public static IEndpointRouteBuilder MapDiscord(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        DiscordOptions options = endpoints.ServiceProvider.GetRequiredService<IOptions<DiscordOptions>>().Value;
        if (!options.Enabled || options.PublicKey.Length == 0)
        {
            return endpoints;
        }

        endpoints.MapPost(DiscordHttpInteractions.Path, HandleAsync);
        return endpoints;
    }

    private static async Task HandleAsync(HttpContext http, DiscordHttpInteractions receiver, DiscordInteractions interactions)
    {
        if (await ChatHttp.ReadBodyAsync(http).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        var (status, json, outcome) = receiver.Handle(
            http.Request.Headers[DiscordHttpInteractions.TimestampHeader].ToString(),
            http.Request.Headers[DiscordHttpInteractions.SignatureHeader].ToString(),
            body);
        http.Response.StatusCode = status;
        if (outcome is not null)
        {
            // The answer edits the deferred response, so it may only be queued once that response has gone out.
            http.Response.OnCompleted(() =>
            {
                interactions.Accept(outcome);
                return Task.CompletedTask;
            });
        }

        if (json is not null)
        {
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(json, http.RequestAborted).ConfigureAwait(false);
        }
    }
}
