using DiplomacyBot.Core.Chat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DiplomacyBot.Hosting;

/// <summary>Opens the store and index (seeding an empty store) as <c>serve</c> starts, so the first question is not the slow one and a broken store stops the start.</summary>
public sealed class ServeEngineWarmup(IServiceProvider services, ChatReadiness readiness) : IHostedService
{
    public const string Component = "engine";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        readiness.Expect(Component, "opening the store");
        await services.GetRequiredService<BotContext>().PrepareAsync(seed: true, cancellationToken).ConfigureAwait(false);
        _ = services.GetService(typeof(ChatEngine));
        readiness.Set(Component, true, "ready");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
