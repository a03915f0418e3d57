using DiplomacyBot.Llm.Prompts;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Llm.Tests;

public sealed class PromptTests
{
    public static TheoryData<string> Names => new(PromptNames.Placeholders.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void EachPromptFile_RendersWithEveryPlaceholderFilled(string name)
    {
        var library = new FilePromptLibrary(Path.Combine(RepoPaths.Root, "prompts"));
        var values = PromptNames.Placeholders[name].ToDictionary(p => p, p => $"<value of {p} with {{{{braces}}}}>");

        RenderedPrompt prompt = library.Get(name).Render(values);

        Assert.Equal(name, prompt.Name);
        Assert.NotEmpty(prompt.System);
        foreach (string placeholder in PromptNames.Placeholders[name])
        {
            Assert.Contains($"<value of {placeholder} with {{{{braces}}}}>", prompt.User, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("{{" + PromptNames.Placeholders[name][0] + "}}", prompt.System + prompt.User, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileThatDropsAPlaceholder_IsReportedByFileAndPlaceholder()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("answer.txt"), "[system]\nBe brief.\n[user]\nQuestion: {{question}}\n");
        var library = new FilePromptLibrary(folder.Path);

        var error = Assert.Throws<InvalidOperationException>(() => library.Get("answer").Render(new Dictionary<string, string> { ["question"] = "q", ["passages"] = "p" }));

        Assert.Contains("answer.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("{{passages}}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileThatUsesAnUnknownPlaceholder_IsReportedByFileAndPlaceholder()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("query-rewrite.txt"), "Terms for {{question}} in {{language}}");
        var library = new FilePromptLibrary(folder.Path);

        var error = Assert.Throws<InvalidOperationException>(() => library.Get("query-rewrite").Render(new Dictionary<string, string> { ["question"] = "q" }));

        Assert.Contains("query-rewrite.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("{{language}}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEditedFile_IsReadAgainWithoutRestarting()
    {
        using var folder = new TempFolder();
        string path = folder.File("query-rewrite.txt");
        File.WriteAllText(path, "[user]\nFirst: {{question}}");
        var library = new FilePromptLibrary(folder.Path);
        Assert.Equal("First: q", library.Get("query-rewrite").Render(new Dictionary<string, string> { ["question"] = "q" }).User);

        File.WriteAllText(path, "[system]\nNew rules.\n[user]\nSecond: {{question}}");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));

        RenderedPrompt edited = library.Get("query-rewrite").Render(new Dictionary<string, string> { ["question"] = "q" });
        Assert.Equal("New rules.", edited.System);
        Assert.Equal("Second: q", edited.User);
    }

    [Fact]
    public void AMissingFile_IsReportedWithItsPath()
    {
        using var folder = new TempFolder();

        var error = Assert.Throws<InvalidOperationException>(() => new FilePromptLibrary(folder.Path).Get("answer"));

        Assert.Contains(Path.Combine(folder.Path, "answer.txt"), error.Message, StringComparison.Ordinal);
    }
}
