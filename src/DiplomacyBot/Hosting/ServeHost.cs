using DiplomacyBot.Core;
using DiplomacyBot.Discord;
using DiplomacyBot.Feeds;
using DiplomacyBot.Slack;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Hosting;

/// <summary>
/// The <c>serve</c> host: the generic host with Kestrel on <c>Http:Urls</c>, the answering engine, and the chat
/// adapters enabled in configuration. Configuration is exactly the bot's own (appsettings, DIPLOMACYBOT_ environment
/// variables, command-line overrides); options are validated at start, naming each bad key.
/// </summary>
public static class ServeHost
{
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(10);

    /// <param name="configure">Last word on the services (tests replace the answerer or the WebSocket connector here).</param>
    public static WebApplication Build(IConfiguration configuration, Action<IServiceCollection>? configure = null)
    {
        var serve = configuration.BindSection<ServeOptions>(ServeOptions.Section);
        if (serve.Failures().ToList() is { Count: > 0 } failures)
        {
            throw new Microsoft.Extensions.Options.OptionsValidationException(ServeOptions.Section, typeof(ServeOptions), failures);
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = Directory.GetCurrentDirectory() });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddConfiguration(configuration);
        builder.WebHost.UseUrls(serve.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);
        builder.AddServeLogging();

        builder.Services.AddAnsweringEngine(configuration);
        builder.Services.AddSlack(configuration);
        builder.Services.AddDiscord(configuration);
        builder.Services.AddFeeds(configuration);
        configure?.Invoke(builder.Services);

        WebApplication app = builder.Build();
        app.UseRequestLogAndJsonErrors();
        app.MapBotApi();
        app.MapSlack();
        app.MapDiscord();
        return app;
    }

    /// <summary>One line per entry on stderr (stdout stays clean), or JSON lines with <c>Logging:Format=json</c>; levels from <c>Logging:LogLevel</c>.</summary>
    private static void AddServeLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        // A failure to start (a port in use) reaches serve as an exception and is printed as one clean error line;
        // the host's own Error entry for it would repeat it with a stack trace. A background service that stops the
        // host is still logged (Critical).
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        if (string.Equals(builder.Configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.AddJsonConsole(o => o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ");
        }
        else
        {
            builder.Logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "yyyy-MM-dd HH:mm:ss ";
                o.UseUtcTimestamp = true;
            });
        }
    }
}
