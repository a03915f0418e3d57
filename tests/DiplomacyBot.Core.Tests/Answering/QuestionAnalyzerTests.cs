using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

public sealed class QuestionAnalyzerTests
{
    private static readonly QuestionAnalyzer Analyzer = new();

    [Theory]
    [InlineData("When is the third round?", QuestionType.When)]
    [InlineData("what date was the meeting", QuestionType.When)]
    [InlineData("What was agreed on banking?", QuestionType.WhatAgreed)]
    [InlineData("Where did they meet?", QuestionType.Where)]
    [InlineData("Who led the delegation?", QuestionType.Who)]
    [InlineData("How many rounds have there been?", QuestionType.HowMany)]
    [InlineData("How long did the talks last?", QuestionType.HowLong)]
    [InlineData("Did Italy attend?", QuestionType.YesNo)]
    [InlineData("What's the latest on the talks?", QuestionType.Latest)]
    public void QuestionType_IsReadFromItsWording(string question, QuestionType expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(question).Type);
    }

    [Fact]
    public void ContentWords_AreExpandedWithTheirDomainAlternatives_AndOrdinalsAreRead()
    {
        AnalyzedQuestion q = Analyzer.Analyze("When is the third round?");

        Assert.Equal(3, q.Ordinal);
        Assert.Equal(["third", "round"], q.Groups.Select(g => g.Key));
        Assert.Contains(q.Groups[1].Terms, t => t.Text == "phase" && t.Boost < 1);
        Assert.Contains(q.Groups[0].Terms, t => t.Text == "3rd");
    }

    [Fact]
    public void Names_AreMarked_AndTheUnitAskedForIsNotAContentWord()
    {
        AnalyzedQuestion q = Analyzer.Analyze("What day did OPEC ministers meet Iraq's envoy?");

        Assert.DoesNotContain(q.Groups, g => g.Key == "day");
        var names = q.Names.Select(i => q.Groups[i].Key).ToList();
        Assert.Contains("opec", names);
        Assert.DoesNotContain("ministers", names);
    }

    [Theory]
    [InlineData("What did OPEC agree in June 1987?", "1987-06-01", "1987-06-30", null)]
    [InlineData("What did EC ministers agree in March?", null, null, 3)]
    public void NamedPeriod_BecomesATimeConstraint(string question, string? first, string? last, int? month)
    {
        TimeConstraint period = Analyzer.Analyze(question).Period!;

        Assert.Equal(first is null ? null : DateOnly.Parse(first), period.First);
        Assert.Equal(last is null ? null : DateOnly.Parse(last), period.Last);
        Assert.Equal(month, period.Month);
    }
}
