using DiplomacyBot.Testing;
using System.Text;
using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Chat;
using DiplomacyBot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Discord.Tests.Support;

/// <summary>The real <c>serve</c> host on 127.0.0.1 (random port), with Discord pointed at a <see cref="FakeDiscord"/>.</summary>
public sealed class BotUnderTest : IAsyncDisposable
{
    private const string TempStorePrefix = "diplomacybot-discord-";

    private BotUnderTest(WebApplication app, LogCapture logs)
    {
        App = app;
        Logs = logs;
        BaseUrl = new Uri(app.Urls.First() + "/");
        Http = new HttpClient { BaseAddress = BaseUrl };
    }

    public WebApplication App { get; }

    public LogCapture Logs { get; }

    public Uri BaseUrl { get; }

    public HttpClient Http { get; }

    public T Get<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    public static Dictionary<string, string?> Settings(FakeDiscord? discord, bool gateway = true, string? storePath = null) => new()
    {
        ["Http:Urls"] = "http://127.0.0.1:0",
        ["Discord:Enabled"] = discord is null ? "false" : "true",
        ["Discord:BotToken"] = FakeDiscord.BotToken,
        ["Discord:ApplicationId"] = FakeDiscord.ApplicationId,
        ["Discord:PublicKey"] = TestKeys.PublicKey,
        ["Discord:Gateway"] = gateway ? "true" : "false",
        ["Discord:ApiBaseUrl"] = discord?.ApiBaseUrl ?? "https://discord.invalid/api/v10/",
        ["Storage:Path"] = storePath ?? Path.Combine(Path.GetTempPath(), $"{TempStorePrefix}{Guid.NewGuid():N}", SeededStore.FileName),
        ["Corpus:DefaultPath"] = "/nonexistent-use-embedded",
        ["Logging:LogLevel:Default"] = "Trace",
    };

    /// <summary>
    /// Starts the host; with an <paramref name="answerer"/>, the chat engine uses it instead of the real store and index.
    /// The store this class makes is a copy of the seeded sample store; a store the test names is left as it is.
    /// </summary>
    public static async Task<BotUnderTest> StartAsync(Dictionary<string, string?> settings, IAnswerer? answerer = null, Action<IServiceCollection>? configure = null)
    {
        if (OwnFolder(settings["Storage:Path"]) is { } own && !Directory.Exists(own))
        {
            await SeededStore.CopyToAsync(own);
        }

        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var logs = new LogCapture();
        WebApplication app;
        try
        {
            app = ServeHost.Build(configuration, services =>
            {
                services.AddSingleton(new DiscordReconnectPolicy(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(10)));
                services.AddSingleton<ILoggerProvider>(logs);
                if (answerer is not null)
                {
                    services.AddSingleton(sp => new ChatEngine(answerer, new EmptyArticleStore(), conversations: sp.GetRequiredService<ChatConversations>()));
                }

                configure?.Invoke(services);
            });
        }
        catch
        {
            Cleanup(settings["Storage:Path"]);
            throw;
        }

        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            Cleanup(settings["Storage:Path"]);
            throw;
        }

        return new BotUnderTest(app, logs);
    }

    public static Task<BotUnderTest> StartAsync(FakeDiscord discord, IAnswerer? answerer = null, bool gateway = true) =>
        StartAsync(Settings(discord, gateway), answerer ?? new FakeAnswerer());

    /// <summary>Posts an interaction signed as Discord signs it, with the RFC 8032 test key (or a tampered body or timestamp).</summary>
    public async Task<HttpResponseMessage> PostInteractionAsync(string body, string? timestamp = null, string? signature = null, string? sentBody = null, string? sentTimestamp = null)
    {
        string ts = timestamp ?? TestKeys.Now();
        using var request = new HttpRequestMessage(HttpMethod.Post, "discord/interactions")
        {
            Content = new StringContent(sentBody ?? body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Signature-Ed25519", signature ?? TestKeys.Sign(ts, body));
        request.Headers.Add("X-Signature-Timestamp", sentTimestamp ?? ts);
        return await Http.SendAsync(request);
    }

    /// <summary>Posts raw bytes (which need not be valid UTF-8) as an interaction, correctly signed.</summary>
    public async Task<HttpResponseMessage> PostInteractionBytesAsync(byte[] body)
    {
        string ts = TestKeys.Now();
        using var request = new HttpRequestMessage(HttpMethod.Post, "discord/interactions") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Signature-Ed25519", TestKeys.Sign(ts, body));
        request.Headers.Add("X-Signature-Timestamp", ts);
        return await Http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        string? store = App.Configuration["Storage:Path"];
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        Cleanup(store);
    }

    /// <summary>The temp folder of a store this class made (see <see cref="Settings"/>); null for a store the test named.</summary>
    private static string? OwnFolder(string? store) =>
        store is not null && Path.GetDirectoryName(store) is { } folder && Path.GetFileName(folder).StartsWith(TempStorePrefix, StringComparison.Ordinal)
            ? folder
            : null;

    private static void Cleanup(string? store)
    {
        if (OwnFolder(store) is { } folder && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
