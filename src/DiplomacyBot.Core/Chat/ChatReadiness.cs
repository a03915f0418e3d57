using System.Collections.Concurrent;

namespace DiplomacyBot.Core.Chat;

/// <summary>
/// What <c>/readyz</c> reports: each component (the answering engine, each chat adapter) says whether it is ready,
/// with a short reason when it is not. The whole is ready when every registered component is.
/// </summary>
public sealed class ChatReadiness
{
    private readonly ConcurrentDictionary<string, (bool Ready, string Detail)> components = new(StringComparer.Ordinal);

    public void Expect(string component, string detail = "starting") => components.TryAdd(component, (false, detail));

    public void Set(string component, bool ready, string detail) => components[component] = (ready, detail);

    public bool IsReady => components.Values.All(c => c.Ready);

    public IReadOnlyDictionary<string, string> Snapshot() =>
        components.OrderBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.Value.Ready ? "ready" : c.Value.Detail, StringComparer.Ordinal);
}
