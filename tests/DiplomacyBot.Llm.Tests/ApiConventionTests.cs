using System.Reflection;

namespace DiplomacyBot.Llm.Tests;

public sealed class ApiConventionTests
{
    [Fact]
    public void EveryPublicAsyncMethod_TakesACancellationToken()
    {
        var offenders = typeof(LlmConnection).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType) || m.ReturnType.Name.StartsWith("ValueTask", StringComparison.Ordinal))
            .Where(m => !m.GetParameters().Any(p => p.ParameterType == typeof(CancellationToken)))
            .Where(m => m.Name != nameof(IAsyncDisposable.DisposeAsync))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();

        Assert.Empty(offenders);
    }
}
