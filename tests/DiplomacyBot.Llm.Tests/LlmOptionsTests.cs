namespace DiplomacyBot.Llm.Tests;

public sealed class LlmOptionsTests
{
    [Fact]
    public void Disabled_NeedsNothing()
    {
        Assert.Empty(new LlmOptions().Failures());
    }

    [Fact]
    public void Enabled_WithoutEndpointOrModel_NamesEachKey_AndNeverEchoesTheKey()
    {
        var options = new LlmOptions { Enabled = true, ApiKey = "sk-very-secret", TimeoutSeconds = 0 };

        var failures = options.Failures().ToList();

        Assert.Contains(failures, f => f.StartsWith("Llm:Endpoint is required", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Llm:ChatModel is required", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Llm:TimeoutSeconds", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, f => f.Contains("sk-very-secret", StringComparison.Ordinal));
    }

    [Fact]
    public void Enabled_WithARelativeEndpoint_IsRejected()
    {
        var options = new LlmOptions { Enabled = true, Endpoint = "localhost:11434", ChatModel = "llama3.1" };

        Assert.Contains(options.Failures(), f => f.StartsWith("Llm:Endpoint must be an absolute http(s) URL", StringComparison.Ordinal));
    }

    [Fact]
    public void EmbeddingsAreOn_OnlyWithAModelNamed()
    {
        Assert.False(new LlmOptions { Enabled = true, Endpoint = "http://127.0.0.1:1/v1", ChatModel = "m" }.EmbeddingsEnabled);
        Assert.True(new LlmOptions { Enabled = true, Endpoint = "http://127.0.0.1:1/v1", ChatModel = "m", EmbeddingModel = "e" }.EmbeddingsEnabled);
    }
}
