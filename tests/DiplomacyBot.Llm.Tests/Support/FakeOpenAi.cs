using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Llm.Tests.Support;

/// <summary>A chat request as the fake server received it.</summary>
public sealed record ChatCall(int Number, string Model, string System, string User, string Authorization, string Body);

/// <summary>What the fake answers to one chat call: a reply's content, an HTTP status, a raw body, or no answer until the caller gives up.</summary>
public sealed record ChatScript(string? Content = null, int Status = 200, string? RawBody = null, bool Hang = false)
{
    public static ChatScript Reply(string content) => new(content);

    public static ChatScript Json(object value) => new(JsonSerializer.Serialize(value));

    public static ChatScript Error(int status) => new(Status: status, RawBody: "{\"error\":{\"message\":\"scripted failure\",\"type\":\"server_error\"}}");

    public static ChatScript Garbage(string body) => new(RawBody: body);

    public static ChatScript NoReply { get; } = new(Hang: true);
}

/// <summary>
/// A real OpenAI-compatible server on 127.0.0.1 (random free port): <c>POST /v1/chat/completions</c> and
/// <c>POST /v1/embeddings</c> in OpenAI's JSON shapes, answered by scripts the test sets, every request recorded.
/// </summary>
public sealed class FakeOpenAi : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ChatCall> chatCalls = new();
    private readonly ConcurrentQueue<IReadOnlyList<string>> embeddingCalls = new();
    private int chatCount;
    private int embeddingCount;

    private FakeOpenAi(WebApplication app) => this.app = app;

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>Answers each chat call; by default a refusal.</summary>
    public Func<ChatCall, ChatScript> OnChat { get; set; } = _ => ChatScript.Json(new { answer = (string?)null, quotes = Array.Empty<object>() });

    /// <summary>The vector for one input text.</summary>
    public Func<string, float[]> OnEmbed { get; set; } = _ => [1, 0, 0];

    /// <summary>Embedding requests fail with HTTP 500 from this request number on (1-based); 0 never.</summary>
    public int FailEmbeddingsFrom { get; set; }

    public IReadOnlyList<ChatCall> ChatCalls => chatCalls.ToList();

    public IReadOnlyList<IReadOnlyList<string>> EmbeddingCalls => embeddingCalls.ToList();

    public static async Task<FakeOpenAi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeOpenAi(app);
        app.MapPost("/v1/chat/completions", fake.ChatAsync);
        app.MapPost("/v1/embeddings", fake.EmbeddingsAsync);
        await app.StartAsync();
        fake.Endpoint = new Uri(app.Urls.First() + "/v1");
        return fake;
    }

    private async Task ChatAsync(HttpContext http)
    {
        string body = await new StreamReader(http.Request.Body).ReadToEndAsync(http.RequestAborted);
        JsonNode request = JsonNode.Parse(body)!;
        var messages = request["messages"]!.AsArray();
        string Text(string role) => string.Join("\n", messages.Where(m => m!["role"]!.GetValue<string>() == role).Select(m => ContentOf(m!["content"])));
        var call = new ChatCall(Interlocked.Increment(ref chatCount), request["model"]?.GetValue<string>() ?? string.Empty, Text("system"), Text("user"),
            http.Request.Headers.Authorization.ToString(), body);
        chatCalls.Enqueue(call);
        ChatScript script = OnChat(call);
        if (script.Hang)
        {
            await Task.Delay(Timeout.Infinite, http.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        http.Response.StatusCode = script.Status;
        http.Response.ContentType = "application/json";
        string response = script.RawBody ?? new JsonObject
        {
            ["id"] = $"chatcmpl-{call.Number}",
            ["object"] = "chat.completion",
            ["created"] = 1_700_000_000,
            ["model"] = call.Model,
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = script.Content },
                ["finish_reason"] = "stop",
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["completion_tokens"] = 10, ["total_tokens"] = 20 },
        }.ToJsonString();
        await http.Response.WriteAsync(response, http.RequestAborted);
    }

    private async Task EmbeddingsAsync(HttpContext http)
    {
        string body = await new StreamReader(http.Request.Body).ReadToEndAsync(http.RequestAborted);
        JsonNode request = JsonNode.Parse(body)!;
        JsonNode input = request["input"]!;
        IReadOnlyList<string> texts = input is JsonArray array ? array.Select(t => t!.GetValue<string>()).ToList() : [input.GetValue<string>()];
        int number = Interlocked.Increment(ref embeddingCount);
        embeddingCalls.Enqueue(texts);
        if (FailEmbeddingsFrom > 0 && number >= FailEmbeddingsFrom)
        {
            http.Response.StatusCode = 500;
            await http.Response.WriteAsync("{\"error\":{\"message\":\"scripted failure\"}}", http.RequestAborted);
            return;
        }

        bool base64 = request["encoding_format"]?.GetValue<string>() == "base64";
        var data = new JsonArray();
        for (int i = 0; i < texts.Count; i++)
        {
            float[] vector = OnEmbed(texts[i]);
            JsonNode embedding = base64
                ? JsonValue.Create(Convert.ToBase64String(MemoryMarshal.AsBytes(vector.AsSpan())))
                : new JsonArray(vector.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
            data.Add(new JsonObject { ["object"] = "embedding", ["index"] = i, ["embedding"] = embedding });
        }

        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(new JsonObject
        {
            ["object"] = "list",
            ["data"] = data,
            ["model"] = request["model"]?.GetValue<string>(),
            ["usage"] = new JsonObject { ["prompt_tokens"] = texts.Count, ["total_tokens"] = texts.Count },
        }.ToJsonString(), http.RequestAborted);
    }

    private static string ContentOf(JsonNode? content) => content switch
    {
        JsonArray parts => string.Join("\n", parts.Select(p => p?["text"]?.GetValue<string>() ?? string.Empty)),
        null => string.Empty,
        _ => content.GetValue<string>(),
    };

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
