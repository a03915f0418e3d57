using System.Globalization;
using System.Text;
using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Chat;
using DiplomacyBot.Hosting;
using DiplomacyBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyBot.Slack.Tests.Support;

/// <summary>The real <c>serve</c> host on 127.0.0.1 (random port), with Slack pointed at a <see cref="FakeSlack"/>.</summary>
public sealed class BotUnderTest : IAsyncDisposable
{
    public const string SigningSecret = "test-signing-secret";

    private BotUnderTest(WebApplication app)
    {
        App = app;
        BaseUrl = new Uri(app.Urls.First() + "/");
        Http = new HttpClient { BaseAddress = BaseUrl };
    }

    public WebApplication App { get; }

    public Uri BaseUrl { get; }

    public HttpClient Http { get; }

    public T Get<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    public static Dictionary<string, string?> Settings(FakeSlack? slack, SlackMode mode, string? storePath = null) => new()
    {
        ["Http:Urls"] = "http://127.0.0.1:0",
        ["Slack:Enabled"] = slack is null ? "false" : "true",
        ["Slack:Mode"] = mode.ToString(),
        ["Slack:BotToken"] = FakeSlack.BotToken,
        ["Slack:AppToken"] = FakeSlack.AppToken,
        ["Slack:SigningSecret"] = SigningSecret,
        ["Slack:ApiBaseUrl"] = slack?.ApiBaseUrl ?? "https://slack.invalid/api/",
        ["Slack:SecondsBetweenPosts"] = "0",
        ["Storage:Path"] = storePath ?? Path.Combine(Path.GetTempPath(), $"{TempStorePrefix}{Guid.NewGuid():N}", SeededStore.FileName),
        ["Corpus:DefaultPath"] = "/nonexistent-use-embedded",
        ["Logging:LogLevel:Default"] = "Warning",
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
        WebApplication app;
        try
        {
            app = ServeHost.Build(configuration, services =>
            {
                services.AddSingleton(new ReconnectPolicy(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(5)));
                if (answerer is not null)
                {
                    services.AddSingleton(sp => new ChatEngine(answerer, new EmptyArticleStore(), conversations: sp.GetRequiredService<ChatConversations>()));
                }

                configure?.Invoke(services);
            });
        }
        catch
        {
            DeleteTempStore(settings["Storage:Path"]);
            throw;
        }

        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            DeleteTempStore(settings["Storage:Path"]);
            throw;
        }

        return new BotUnderTest(app);
    }

    public static Task<BotUnderTest> StartAsync(FakeSlack slack, SlackMode mode, IAnswerer? answerer = null) =>
        StartAsync(Settings(slack, mode), answerer ?? new FakeAnswerer());

    /// <summary>Posts a body to the bot signed as Slack would sign it (now, unless another timestamp is given).</summary>
    public async Task<HttpResponseMessage> PostSignedAsync(string path, string body, string contentType, long? timestamp = null, string? secret = null, Func<string, string>? tamper = null)
    {
        string ts = (timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds()).ToString(CultureInfo.InvariantCulture);
        string signature = SlackSignatureVerifier.Sign(secret ?? SigningSecret, ts, Encoding.UTF8.GetBytes(body));
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(tamper?.Invoke(body) ?? body, Encoding.UTF8, contentType),
        };
        request.Headers.Add("x-slack-request-timestamp", ts);
        request.Headers.Add("x-slack-signature", signature);
        return await Http.SendAsync(request);
    }

    /// <summary>Posts raw bytes (which need not be valid UTF-8), correctly signed, as JSON.</summary>
    public async Task<HttpResponseMessage> PostSignedBytesAsync(string path, byte[] body)
    {
        string ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add("x-slack-request-timestamp", ts);
        request.Headers.Add("x-slack-signature", SlackSignatureVerifier.Sign(SigningSecret, ts, body));
        return await Http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        string? store = App.Configuration["Storage:Path"];
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        DeleteTempStore(store);
    }

    /// <summary>The temp folder of a store this class made (see <see cref="Settings"/>); null for a store the test named.</summary>
    private static string? OwnFolder(string? store) =>
        store is not null && Path.GetDirectoryName(store) is { } folder && Path.GetFileName(folder).StartsWith(TempStorePrefix, StringComparison.Ordinal)
            ? folder
            : null;

    /// <summary>Removes a store this class made in the temp folder (a store the test passed in is the test's own).</summary>
    private static void DeleteTempStore(string? store)
    {
        if (OwnFolder(store) is { } folder && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private const string TempStorePrefix = "diplomacybot-slack-";
}
