using DiplomacyBot.Core;
using DiplomacyBot.Core.Chat;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiplomacyBot.Chat.Hosting;

/// <summary>The registrations every chat adapter makes the same way.</summary>
public static class ChatServiceCollectionExtensions
{
    /// <summary>How long one call to a platform's API may take.</summary>
    public static readonly TimeSpan ApiTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Binds the section to <typeparamref name="TOptions"/>, validated at start by <paramref name="failures"/> and, as it
    /// is configured, the section's per-channel modes (<c>Slack:Channels</c>, <c>Discord:Channels</c>); returns whether
    /// the section's <c>Enabled</c> is true (the adapter registers nothing else otherwise).
    /// </summary>
    public static bool AddChatOptions<TOptions>(this IServiceCollection services, IConfiguration configuration, string section, Func<TOptions, IEnumerable<string>> failures)
        where TOptions : class, IChatOptions
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TOptions>().Bind(configuration.GetSection(section)).ValidateOnStart();
        IConfigurationSection channels = configuration.GetSection($"{section}:Channels");
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>>(new ChatOptionsValidator<TOptions>(
            options => failures(options).Concat(ChannelModes.Failures(channels)))));
        return configuration.GetValue<bool>($"{section}:Enabled");
    }

    /// <summary>
    /// A platform's inbox (dedupe, remembered across restarts when a store is registered, and question queue), keyed by
    /// <paramref name="platform"/>; the platform itself as <see cref="IChatPlatform"/>; and its responder.
    /// </summary>
    public static IServiceCollection AddChatAdapter<TPlatform>(this IServiceCollection services, string platform)
        where TPlatform : class, IChatAdapter
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ChatReadiness>();
        services.AddKeyedSingleton(platform, (sp, _) => new ChatInbox(
            sp.GetRequiredService<TPlatform>().Label,
            new ChatDedupe(sp.GetRequiredService<TimeProvider>(), ChatDedupe.DefaultTtl, sp.GetService<ISeenEventStore>()),
            sp.GetRequiredService<ILogger<ChatInbox>>()));
        services.AddSingleton<TPlatform>();
        services.AddSingleton<IChatPlatform>(sp => sp.GetRequiredService<TPlatform>());

        return services.AddPlatformService<ChatResponder, TPlatform>(platform);
    }

    /// <summary>
    /// The "Chat" section (validated at start) and <see cref="ChatConversations"/>, kept in the registered
    /// <see cref="IConversationStore"/>: follow-ups in threads, feedback and "More sources".
    /// </summary>
    public static IServiceCollection AddChatConversations(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedSection<ChatOptions>(configuration, ChatOptions.Section, o => o.Failures());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new ChatConversations(
            sp.GetRequiredService<IConversationStore>(), sp.GetRequiredService<IOptions<ChatOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    /// <summary>The platform's buttons: <typeparamref name="TActions"/> carries out the clicks its inbox has queued.</summary>
    public static IServiceCollection AddChatActions<TActions>(this IServiceCollection services, string platform)
        where TActions : class, IChatActionAdapter
    {
        services.AddSingleton<TActions>();
        return services.AddPlatformService<ChatActionResponder, TActions>(platform);
    }

    /// <summary>
    /// A hosted service working for one platform: it is given the platform's inbox and <typeparamref name="TAdapter"/>,
    /// the rest comes from the container. Not AddHostedService: that keeps one registration per type, and every
    /// platform has its own.
    /// </summary>
    private static IServiceCollection AddPlatformService<TService, TAdapter>(this IServiceCollection services, string platform)
        where TService : class, IHostedService
        where TAdapter : class
    {
        services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<TService>(
            sp, sp.GetRequiredKeyedService<ChatInbox>(platform), sp.GetRequiredService<TAdapter>()));
        return services;
    }

    /// <summary>The platform's API client: a typed <see cref="HttpClient"/> with <see cref="ApiTimeout"/>.</summary>
    public static IServiceCollection AddChatApi<TApi, TClient>(this IServiceCollection services)
        where TApi : class
        where TClient : class, TApi
    {
        services.AddHttpClient<TApi, TClient>(http => http.Timeout = ApiTimeout);
        return services;
    }

    /// <summary>A platform's long-lived connection (Socket Mode, the gateway): one instance, also run as a hosted service.</summary>
    public static IServiceCollection AddChatConnection<TConnection>(this IServiceCollection services)
        where TConnection : class, IHostedService
    {
        services.AddSingleton<TConnection>();
        services.AddHostedService(sp => sp.GetRequiredService<TConnection>());
        return services;
    }
}
