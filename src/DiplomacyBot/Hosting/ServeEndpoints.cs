using System.Text.Json;
using System.Text.Json.Nodes;
using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Chat;
using DiplomacyBot.Output;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DiplomacyBot.Hosting;

/// <summary>
/// <c>GET /healthz</c> (the process is up), <c>GET /readyz</c> (every component is ready: 200, also when one is only
/// degraded, else 503) and <c>POST /api/ask</c> (the <c>ask --json</c> answer).
/// </summary>
public static class ServeEndpoints
{
    public const int MaxQuestionLength = 2000;

    /// <summary>The largest <c>/api/ask</c> body read; a larger one is refused with 413 before it is read.</summary>
    public const int MaxAskBodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapBotApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Text("""{"status":"ok"}""", "application/json"));
        endpoints.MapGet("/readyz", (ChatReadiness readiness) =>
        {
            var body = new JsonObject
            {
                ["status"] = !readiness.IsReady ? "not ready" : readiness.IsDegraded ? "degraded" : "ready",
                ["components"] = new JsonObject(readiness.Snapshot().Select(c => KeyValuePair.Create(c.Key, (JsonNode?)c.Value))),
            };
            return Results.Text(body.ToJsonString(Json.Options), "application/json", statusCode: readiness.IsReady ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        endpoints.MapPost("/api/ask", AskAsync);
        return endpoints;
    }

    private static async Task<IResult> AskAsync(HttpContext http, ChatEngine engine)
    {
        if (http.Request.ContentLength > MaxAskBodyBytes)
        {
            return TooLarge();
        }

        // A body sent without a length (chunked) is cut off at the same limit while it is read.
        if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxAskBodyBytes;
        }

        string? question;
        JsonNode? asOfNode;
        try
        {
            JsonNode? body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted).ConfigureAwait(false);
            question = body is JsonObject o && o["question"] is JsonValue v && v.TryGetValue(out string? q) ? q : null;
            asOfNode = body is JsonObject withDay ? withDay["as_of"] : null;
        }
        catch (JsonException)
        {
            return Error("the body must be JSON: {\"question\": \"...\"}");
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }

        if (string.IsNullOrWhiteSpace(question))
        {
            return Error("\"question\" is required: {\"question\": \"...\"}");
        }

        if (question.Length > MaxQuestionLength)
        {
            return Error($"\"question\" is longer than {MaxQuestionLength} characters");
        }

        DateOnly? asOf = null;
        if (asOfNode is not null)
        {
            if (asOfNode is not JsonValue dayValue || !dayValue.TryGetValue(out string? written) || !AsOfDay.TryParse(written, out DateOnly day))
            {
                return Error("\"as_of\" must be a day written YYYY-MM-DD");
            }

            asOf = day;
        }

        Answer answer = await engine.AskAsync(question, asOf, http.RequestAborted).ConfigureAwait(false);
        return Results.Text(Json.Serialize(AnswerJson.From(answer)), "application/json");
    }

    private static IResult TooLarge() =>
        Results.Text(new JsonObject { ["error"] = $"the body is over {MaxAskBodyBytes / 1024} KB; send {{\"question\": \"...\"}}" }.ToJsonString(Json.Options), "application/json", statusCode: StatusCodes.Status413PayloadTooLarge);

    private static IResult Error(string message) =>
        Results.Text(new JsonObject { ["error"] = message }.ToJsonString(Json.Options), "application/json", statusCode: StatusCodes.Status400BadRequest);
}
