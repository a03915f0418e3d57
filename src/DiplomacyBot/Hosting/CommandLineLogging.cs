using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Hosting;

/// <summary>
/// Logging for command-line runs that call a model: one line per entry on stderr (stdout stays the command's output),
/// levels from <c>Logging:LogLevel</c>; libraries only from Warning up.
/// </summary>
public static class CommandLineLogging
{
    public static void Configure(ILoggingBuilder logging, IConfiguration configuration)
    {
        logging.ClearProviders();
        logging.AddConfiguration(configuration.GetSection("Logging"));
        logging.AddFilter("Microsoft", LogLevel.Warning);
        logging.AddFilter("System", LogLevel.Warning);
        logging.AddFilter("Polly", LogLevel.Warning);
        logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.IncludeScopes = false;
        });
    }
}
