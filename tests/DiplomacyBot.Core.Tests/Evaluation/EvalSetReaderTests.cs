using DiplomacyBot.Core.Evaluation;

namespace DiplomacyBot.Core.Tests.Evaluation;

public sealed class EvalSetReaderTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"evalset-{Guid.NewGuid():N}.jsonl");

    public void Dispose() => File.Delete(_path);

    private IReadOnlyList<EvalQuestion> Read(params string[] lines)
    {
        File.WriteAllLines(_path, lines);
        return EvalSetReader.Read(_path);
    }

    [Fact]
    public void ExpectedPhrases_AreAllDue_AndAlternativesAnyOne()
    {
        var questions = Read(
            """{"q": "when?", "expect": ["March 3", "Geneva"], "article": "a1", "split": "tune"}""",
            """{"q": "how long?", "expect_any": ["after eight days of talks", "eight days"], "article": "a2", "corpus": "reuters", "split": "report"}""");

        Assert.False(questions[0].AnyOf);
        Assert.True(questions[0].Holds("They met in Geneva on March 3."));
        Assert.False(questions[0].Holds("They met on March 3."));
        Assert.True(questions[1].AnyOf);
        Assert.Equal(["after eight days of talks", "eight days"], questions[1].Expect);
        Assert.True(questions[1].Holds("Eight days (8 days), according to Reuters"));
        Assert.False(questions[1].Holds("Seven days, according to Reuters"));
        Assert.Equal("reuters", questions[1].Corpus);
        Assert.Equal("report", questions[1].Split);
    }

    [Fact]
    public void AnAbstention_HoldsNoPhrase()
    {
        EvalQuestion question = Assert.Single(Read("""{"q": "who hosted?", "abstain": true, "outcome": "not_yet_reported"}"""));

        Assert.True(question.Abstain);
        Assert.False(question.Holds("anything at all"));
    }

    [Theory]
    [InlineData("""{"q": "when?", "expect": ["a"], "expect_any": ["b"]}""", "both")]
    [InlineData("""{"q": "when?"}""", "expect_any")]
    [InlineData("""{"q": "when?", "expect_any": []}""", "expect_any")]
    public void ALineWithoutOneKindOfExpectation_IsRefused_NamingTheFileAndLine(string line, string said)
    {
        var error = Assert.Throws<FormatException>(() => Read("", line));

        Assert.Contains($"{_path}:2", error.Message, StringComparison.Ordinal);
        Assert.Contains(said, error.Message, StringComparison.Ordinal);
    }
}
