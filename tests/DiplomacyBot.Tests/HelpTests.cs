using System.CommandLine;

namespace DiplomacyBot.Tests;

/// <summary>Every command's help shows how it is used.</summary>
public sealed class HelpTests
{
    [Fact]
    public void EveryCommand_HasExamplesInItsHelp()
    {
        var missing = All(DiplomacyBot.Commands.CommandLine.Build())
            .Where(c => c.Description?.Contains("\nExamples:\n  DiplomacyBot ", StringComparison.Ordinal) != true)
            .Select(c => c.Name)
            .ToList();

        Assert.True(missing.Count == 0, "no examples: " + string.Join(", ", missing));
    }

    private static IEnumerable<Command> All(Command parent) =>
        parent.Subcommands.SelectMany(c => All(c).Prepend(c));
}
