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
        services.AddHttpClient<ISlackApi, SlackApiClient>(http => http.Timeout = TimeSpan.FromSeconds(30));
        services.AddHostedService<SlackStartup>();
        services.AddChatAdapter<SlackPlatform>(SlackEventRouter.Platform);
        if (configuration.GetValue<SlackMode?>($"{SlackOptions.Section}:{nameof(SlackOptions.Mode)}") is null or SlackMode.SocketMode)
        {
            services.AddSingleton<SocketModeClient>();
            services.AddHostedService(sp => sp.GetRequiredService<SocketModeClient>());
        }

        return services;
    }

    /// <summary>Maps <c>POST /slack/events</c> and <c>POST /slack/commands</c> when Slack is enabled in HTTP mode.</summary>
    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        SlackOptions options = endpoints.ServiceProvider.GetRequiredService<IOptions<SlackOptions>>().Value;
        if (!options.Enabled || options.Mode != SlackMode.Http)
        {
            return endpoints;
        }

        endpoints.MapPost(SlackHttpReceiver.EventsPath, (HttpContext http, SlackHttpReceiver receiver) =>
            HandleAsync(http, receiver.HandleEvents));
        endpoints.MapPost(SlackHttpReceiver.CommandsPath, (HttpContext http, SlackHttpReceiver receiver) =>
            HandleAsync(http, receiver.HandleCommand));
        return endpoints;
    }

    private static async Task HandleAsync(HttpContext http, Func<string?, string?, byte[], SlackHttpResponse> handle)
    {
        if (await ChatHttp.ReadBodyAsync(http).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        SlackHttpResponse response = handle(
            http.Request.Headers[SlackHttpReceiver.TimestampHeader].ToString(),
            http.Request.Headers[SlackHttpReceiver.SignatureHeader].ToString(),
            body);
        http.Response.StatusCode = response.StatusCode;
        if (response.Body.Length > 0)
        {
            http.Response.ContentType = response.ContentType;
            await http.Response.WriteAsync(response.Body, http.RequestAborted).ConfigureAwait(false);
        }
    }
}
