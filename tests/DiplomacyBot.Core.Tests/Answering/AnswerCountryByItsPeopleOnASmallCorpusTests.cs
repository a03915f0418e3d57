using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: a report names a country by the word for its people ("the Thai cabinet"), and a
/// question by the country's name ("thailand"). The report is about that country, so it answers.
/// </summary>
public sealed class AnswerCountryByItsPeopleOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("t1", "1987-06-29", "Cabinet backs Kroll dam",
            "The Thai cabinet approved the Kroll dam plan on Monday, a government spokesman said. "
            + "The dam will cost about 90 mln dlrs."));

    [Fact]
    public async Task AReportNamingTheCountryByItsPeople_AnswersAQuestionNamingTheCountry()
    {
        Answer answer = await Corpus.AskAsync("when did thailand approve the kroll dam plan?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("Monday", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCountrysOtherNames_AreSearchedFor()
    {
        AnalyzedQuestion analyzed = new QuestionAnalyzer().Analyze("when did thailand approve the kroll dam plan?");

        Assert.Contains(analyzed.Groups.Single(g => g.Key == "thailand").Terms, t => t.Text == "thai");
    }
}
