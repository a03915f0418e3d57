using System.CommandLine;
using DiplomacyBot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DiplomacyBot.Commands;

/// <summary><c>serve [--urls URLS]</c>: the HTTP API and the chat adapters enabled in configuration, until Ctrl+C or SIGTERM.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = $"Where to listen, semicolon-separated (overrides Http:Urls; default {ServeOptions.DefaultUrls})" };
        var command = new Command("serve", CommandLine.WithExamples("Run the bot: GET /healthz, GET /readyz, POST /api/ask, and the chat adapters enabled in configuration",
            "serve",
            "serve --urls http://0.0.0.0:8080")) { urls };
        command.SetAction(async (parse, cancellationToken) =>
        {
            IConfigurationRoot configuration = CommandLine.Configuration(parse);
            if (parse.GetValue(urls) is { Length: > 0 } u)
            {
                configuration = new ConfigurationBuilder().AddConfiguration(configuration).AddInMemoryCollection([new("Http:Urls", u)]).Build();
            }

            return await RunAsync(configuration, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        try
        {
            await using WebApplication app = ServeHost.Build(configuration);
            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                // A failed start ("address already in use") may follow background services that have started: stop them
                // before the store they use is disposed, so the only thing printed is the clean error line below.
                using var stopping = new CancellationTokenSource(StopTimeout);
                await app.StopAsync(stopping.Token).ConfigureAwait(false);
                throw;
            }

            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        }
        catch (OptionsValidationException ex)
        {
            foreach (string failure in ex.Failures)
            {
                await Console.Error.WriteLineAsync($"error: {failure}").ConfigureAwait(false);
            }

            return 2;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
        catch (Exception ex) when (ex is Core.Storage.StoreException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return 2;
        }
    }
}
