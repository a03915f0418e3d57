using System.Diagnostics;
using System.Text.Json.Nodes;
using DiplomacyBot.Output;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Hosting;

/// <summary>
/// What every HTTP request gets whatever its endpoint: one log line (method, path, status, time; never the body or
/// the query string, which may hold a question or a token), and a JSON error body for a status no endpoint wrote
/// one for (an unknown path, a method the path does not take, a body over its limit).
/// </summary>
public static partial class HttpRequestLog
{
    /// <summary>The longest path echoed back in an error body.</summary>
    private const int ShownPath = 200;

    public static WebApplication UseRequestLogAndJsonErrors(this WebApplication app)
    {
        ILogger log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("DiplomacyBot.Http");
        app.Use(async (context, next) =>
        {
            long started = Stopwatch.GetTimestamp();
            try
            {
                await next(context).ConfigureAwait(false);
            }
            finally
            {
                Served(log, context.Request.Method, Shown(context.Request.Path), context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        });
        app.UseStatusCodePages(async status =>
        {
            HttpResponse response = status.HttpContext.Response;
            HttpRequest request = status.HttpContext.Request;
            string message = response.StatusCode switch
            {
                StatusCodes.Status404NotFound => $"no such endpoint: {Shown(request.Path)} (the API is POST /api/ask, GET /healthz, GET /readyz)",
                StatusCodes.Status405MethodNotAllowed => $"{request.Method} is not allowed on {Shown(request.Path)}",
                StatusCodes.Status413PayloadTooLarge => "the request body is too large",
                int code => ReasonPhrases.GetReasonPhrase(code) is { Length: > 0 } phrase ? phrase : $"HTTP {code}",
            };
            response.ContentType = "application/json";
            await response.WriteAsync(new JsonObject { ["error"] = message }.ToJsonString(Json.Options), status.HttpContext.RequestAborted).ConfigureAwait(false);
        });
        return app;
    }

    private static string Shown(PathString path)
    {
        string value = path.HasValue ? path.Value! : "/";
        return Core.Text.Shortened.To(value, ShownPath);
    }

    [LoggerMessage(1, LogLevel.Information, "{Method} {Path} -> {Status} in {Milliseconds:0.0} ms")]
    private static partial void Served(ILogger logger, string method, string path, int status, double milliseconds);
}
