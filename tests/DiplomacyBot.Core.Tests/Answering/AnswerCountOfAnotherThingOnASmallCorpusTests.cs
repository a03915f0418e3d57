using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: a sentence that names what "how many ...?" counts, but gives its number only to
/// something else, does not answer it; the number given of the thing asked answers it, after it or after "the number
/// of". Numbers that each count their own noun, one of them another thing the question names, do not count it either.
/// </summary>
public sealed class AnswerCountOfAnotherThingOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("v1", "2024-05-02", "Envoys seal port accord",
            "The envoys exchanged formal letters on the port accord and agreed on a plan to reopen four customs posts along the border."),
        ("v2", "2024-05-03", "Port fair season",
            "The port authority held three trade fairs last year and opened two liaison offices in the harbour district."),
        ("v3", "2024-05-04", "League grows",
            "Norland is joining the Coastal League, which will bring the number of members in the league to 14, officials said."));

    [Fact]
    public async Task ANumberGivenOfSomethingElse_DoesNotSayHowManyOfTheThingNamed()
    {
        Answer letters = await Corpus.AskAsync("how many formal letters did the envoys exchange on the port accord?");
        Answer posts = await Corpus.AskAsync("how many customs posts will the envoys reopen?");

        Assert.True(letters.Abstained, letters.Lead);
        Assert.DoesNotContain("Four", letters.Lead, StringComparison.OrdinalIgnoreCase);
        Assert.False(posts.Abstained, posts.Lead);
        Assert.StartsWith("Four customs posts", posts.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCountLed_IsTheOneOfTheThingAsked()
    {
        Answer answer = await Corpus.AskAsync("how many trade offices did the port authority open in the harbour?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Two liaison offices", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheNumberOfTheThing_CountsIt()
    {
        Answer answer = await Corpus.AskAsync("how many members will the coastal league have once norland joins?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("the number of members in the league to 14", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Since the expulsions, the two countries have held two rounds of talks.", true)]
    [InlineData("They have had three earlier meetings on the embassies.", true)]
    [InlineData("The two countries expelled 60 last year.", false)]
    [InlineData("Kroll said 40 officials were expelled.", false)]
    [InlineData("They expelled 14 diplomats after two rounds of talks failed.", false)]
    public void ANumberOfMeetings_DoesNotCountPeople(string text, bool onlyOthers)
    {
        AnalyzedQuestion asked = new QuestionAnalyzer().Analyze("how many diplomats were expelled?");

        Assert.Equal(onlyOthers, AnswerFacts.CountsOnlyOthers(asked, new Articles.Sentence(0, 0, 0, text.Length, []), text));
    }

    [Theory]
    [InlineData("The stoppage began when 800 dockers in Nordby and 40 pilots in Varberg walked out.", true)]
    [InlineData("The strike has held up 300 in Nordby.", false)]
    [InlineData("Kroll said 40 pilots joined the strike in Nordby.", false)]
    [InlineData("The 800 dockers held up 40 in the port.", false)]
    public void NumbersEachOfTheirOwnNoun_OneTheQuestionNamesOtherwise_DoNotCountTheThingAsked(string text, bool onlyOthers)
    {
        AnalyzedQuestion asked = new QuestionAnalyzer().Analyze("how many ferries did the dockers strike hold up in nordby?");

        Assert.Equal(onlyOthers, AnswerFacts.CountsOnlyOthers(asked, new Articles.Sentence(0, 0, 0, text.Length, []), text));
    }

    [Theory]
    [InlineData("Police said 30 protesters were injured in Nordby.")]
    [InlineData("Officials evacuated 3,000 villagers and 200 protesters.")]
    public void ACountOfPeople_MayBeGivenByAnotherWordForThem(string text)
    {
        AnalyzedQuestion asked = new QuestionAnalyzer().Analyze("how many people were hurt in the villagers protests?");

        Assert.False(AnswerFacts.CountsOnlyOthers(asked, new Articles.Sentence(0, 0, 0, text.Length, []), text));
    }

    [Theory]
    [InlineData("Both sides agreed to hand back six consular buildings in Nordby.", true)]
    [InlineData("Varberg will close 40 old trade offices and two ports.", true)]
    [InlineData("Both sides agreed to send back six consular officials in Nordby.", false)]
    [InlineData("Varberg will admit 40 more delegates and two cooks.", false)]
    [InlineData("Kroll said 12 crew and 40 were expelled.", false)]
    [InlineData("Nordby expelled 12 over spying allegations.", false)]
    [InlineData("Police detained 150 during the protests.", false)]
    [InlineData("Varberg has expelled 40 this month.", false)]
    public void ACountOfPeople_IsNotGivenByNumbersOfThings(string text, bool onlyOthers)
    {
        AnalyzedQuestion asked = new QuestionAnalyzer().Analyze("how many envoys are posted in nordby now?");

        Assert.Equal(onlyOthers, AnswerFacts.CountsOnlyOthers(asked, new Articles.Sentence(0, 0, 0, text.Length, []), text));
    }

    [Theory]
    [InlineData("The two sides will reopen four consular offices.", true)]
    [InlineData("The two sides will reopen four consulates.", true)]
    [InlineData("The two sides will send back four consuls.’", false)]
    [InlineData("The two sides will send back four consuls.", false)]
    public void TheThingCounted_IsNamedByItsOwnWord_NotOneThatBeginsAlike(string text, bool onlyOthers)
    {
        AnalyzedQuestion asked = new QuestionAnalyzer().Analyze("how many consuls will the two sides send back?");

        Assert.Equal(onlyOthers, AnswerFacts.CountsOnlyOthers(asked, new Articles.Sentence(0, 0, 0, text.Length, []), text));
    }

    [Theory]
    [InlineData("how many times have the envoys met?")]
    [InlineData("how many sessions did the envoys hold?")]
    public void ANumberOfMeetings_CountsMeetingsAsked(string question)
    {
        const string text = "The envoys have held three rounds of talks since the expulsions.";
        AnalyzedQuestion asked = new QuestionAnalyzer().Analyze(question);

        Assert.False(AnswerFacts.CountsOnlyOthers(asked, new Articles.Sentence(0, 0, 0, text.Length, []), text));
    }
}
