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
        services.AddChatApi<IDiscordApi, DiscordApiClient>();
        services.AddHostedService<DiscordStartup>();
        services.AddChatAdapter<DiscordPlatform>(DiscordEventRouter.Platform);
        services.AddChatActions<DiscordActions>(DiscordEventRouter.Platform);
        if (configuration.GetValue<bool?>($"{DiscordOptions.Section}:{nameof(DiscordOptions.Gateway)}") ?? true)
        {
            services.AddChatConnection<DiscordGatewayClient>();
        }

        return services;
    }

    /// <summary>Maps <c>POST /discord/interactions</c> when Discord is enabled with a public key.</summary>
    public static IEndpointRouteBuilder MapDiscord(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ReceivesWebhooks<DiscordOptions>(options => options.PublicKey.Length > 0))
        {
            endpoints.MapPost(DiscordHttpInteractions.Path, HandleAsync);
        }

        return endpoints;
    }

    private static async Task HandleAsync(HttpContext http, DiscordHttpInteractions receiver, DiscordInteractions interactions)
    {
        if (await ChatHttp.ReadSignedAsync(http, DiscordHttpInteractions.TimestampHeader, DiscordHttpInteractions.SignatureHeader).ConfigureAwait(false) is not { } request)
        {
            return;
        }

        var (status, json, outcome) = receiver.Handle(request.Timestamp, request.Signature, request.Body);
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
            await ChatHttp.WriteAsync(http, "application/json", json).ConfigureAwait(false);
        }
    }
}
