using System.Text.Json;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Tests;

/// <summary>
/// The real program's JSON answers to a set of questions on its seeded store, asked in one run of <c>ask --json -</c>
/// (which answers each line exactly as <c>ask --json QUESTION</c> answers one), so the tests that only read an answer
/// do not each start the program and load the embedding model again.
/// </summary>
public sealed class SampleAnswers : IAsyncLifetime
{
    public static readonly string[] Questions =
    [
        "When is the third round?",
        "What was agreed on banking?",
        "How long did the second round last?",
        "How many diplomatic properties should be returned to Russia?",
        "What is the price of coffee in Brazil?",
        "Who won the football world cup final?",
        "How do I bake sourdough bread?",
    ];

    private readonly TempFolder _temp = new();
    private readonly Dictionary<string, JsonElement> _answers = new(StringComparer.Ordinal);

    public JsonElement this[string question] => _answers[question];

    public async Task InitializeAsync()
    {
        string db = await SeededStore.CopyToAsync(_temp.File("seeded"));
        BotRun run = await BotProcess.RunAsync(_temp.Path, ["ask", "--json", "-", "--db", db], stdin: string.Join('\n', Questions) + "\n");
        Assert.True(run.ExitCode == 0, run.StdErr);
        string[] lines = run.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Questions.Length, lines.Length);
        foreach (string line in lines)
        {
            JsonElement answer = JsonDocument.Parse(line).RootElement;
            _answers.Add(answer.GetProperty("question").GetString()!, answer);
        }
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }
}
