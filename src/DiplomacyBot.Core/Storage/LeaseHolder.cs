namespace DiplomacyBot.Core.Storage;

/// <summary>The name this process holds leases under: its machine, its process id and a value of its own, so no two replicas share one.</summary>
public static class LeaseHolder
{
    public static string ForThisProcess { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
}
