using System.Reflection;
using DiplomacyBot.Core.Chat;

namespace DiplomacyBot.Slack.Tests;

public sealed class ApiConventionTests
{
    public static TheoryData<string> Assemblies => new() { typeof(SlackOptions).Assembly.GetName().Name!, typeof(ChatEngine).Assembly.GetName().Name! };

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void EveryPublicAsyncMethod_TakesACancellationToken(string assemblyName)
    {
        Assembly assembly = Assembly.Load(assemblyName);
        var offenders = assembly.GetExportedTypes()
            .Where(t => t.Namespace?.StartsWith("DiplomacyBot.Slack", StringComparison.Ordinal) == true || t.Namespace == "DiplomacyBot.Core.Chat")
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType) || m.ReturnType.Name.StartsWith("ValueTask", StringComparison.Ordinal))
            .Where(m => !m.GetParameters().Any(p => p.ParameterType == typeof(CancellationToken)))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();
        Assert.Empty(offenders);
    }
}
