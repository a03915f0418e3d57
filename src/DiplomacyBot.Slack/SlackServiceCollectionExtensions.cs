using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DiplomacyBot.Slack;

/// <summary>Wires the Slack adapter: <c>services.AddSlack(configuration)</c> and <c>app.MapSlack()</c>. Both do nothing when Slack:Enabled is false.</summary>
public static class SlackServiceCollectionExtensions
{
    public static IServiceCollection AddSlack(this IServiceCollection services, IConfiguration configuration)
    {
        if (!services.AddChatOptions<SlackOptions>(configuration, SlackOptions.Section, SlackOptionsValidator.Failures))
        {
            return services;
        }

        services.TryAddSingleton(ReconnectPolicy.Default);
        services.TryAddSingleton<IWebSocketConnector, ClientWebSocketConnector>();
        services.AddSingleton<SlackBotIdentity>();
        services.AddSingleton<SlackEventRouter>();
        services.AddSingleton<SlackHttpReceiver>();
        services.AddChatApi<ISlackApi, SlackApiClient>();
        services.AddHostedService<SlackStartup>();
        services.AddChatAdapter<SlackPlatform>(SlackEventRouter.Platform);
        services.AddChatActions<SlackActions>(SlackEventRouter.Platform);
        if (configuration.GetValue<SlackMode?>($"{SlackOptions.Section}:{nameof(SlackOptions.Mode)}") is null or SlackMode.SocketMode)
        {
            services.AddChatConnection<SocketModeClient>();
        }

        return services;
    }

    /// <summary>Maps <c>POST /slack/events</c>, <c>POST /slack/commands</c> and <c>POST /slack/interactivity</c> when Slack is enabled in HTTP mode.</summary>
    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ReceivesWebhooks<SlackOptions>(options => options.Mode == SlackMode.Http))
        {
            endpoints.MapPost(SlackHttpReceiver.EventsPath, (HttpContext http, SlackHttpReceiver receiver) =>
                HandleAsync(http, receiver.HandleEvents));
            endpoints.MapPost(SlackHttpReceiver.CommandsPath, (HttpContext http, SlackHttpReceiver receiver) =>
                HandleAsync(http, receiver.HandleCommand));
            endpoints.MapPost(SlackHttpReceiver.InteractivityPath, (HttpContext http, SlackHttpReceiver receiver) =>
                HandleAsync(http, receiver.HandleInteractivity));
        }

        return endpoints;
    }

    private static async Task HandleAsync(HttpContext http, Func<string?, string?, byte[], SlackHttpResponse> handle)
    {
        if (await ChatHttp.ReadSignedAsync(http, SlackHttpReceiver.TimestampHeader, SlackHttpReceiver.SignatureHeader).ConfigureAwait(false) is not { } request)
        {
            return;
        }

        SlackHttpResponse response = handle(request.Timestamp, request.Signature, request.Body);
        http.Response.StatusCode = response.StatusCode;
        if (response.Body.Length > 0)
        {
            await ChatHttp.WriteAsync(http, response.ContentType, response.Body).ConfigureAwait(false);
        }
    }
}
