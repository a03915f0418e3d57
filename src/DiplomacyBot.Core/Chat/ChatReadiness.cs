using System.Collections.Concurrent;

namespace DiplomacyBot.Core.Chat;

/// <summary>
/// What <c>/readyz</c> reports: each component (the answering engine, each chat adapter) says whether it is ready,
/// with a short reason when it is not. The whole is ready when every registered component is. A degraded component
/// works in part (a chat adapter whose slash command was refused still answers mentions): it counts as ready, so the
/// process stays in service, and is reported as "degraded: why".
/// </summary>
public sealed class ChatReadiness
{
    private readonly ConcurrentDictionary<string, (bool Ready, string Detail, bool Degraded)> components = new(StringComparer.Ordinal);

    public void Expect(string component, string detail = "starting") => components.TryAdd(component, (false, detail, false));

    public void Set(string component, bool ready, string detail) => components[component] = (ready, detail, false);

    public void Degrade(string component, string detail) => components[component] = (true, detail, true);

    public bool IsReady => components.Values.All(c => c.Ready);

    public bool IsDegraded => components.Values.Any(c => c.Degraded);

    public IReadOnlyDictionary<string, string> Snapshot() =>
        components.OrderBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => Shown(c.Value), StringComparer.Ordinal);

    private static string Shown((bool Ready, string Detail, bool Degraded) state) =>
        state.Degraded ? $"degraded: {state.Detail}" : state.Ready ? "ready" : state.Detail;
}
