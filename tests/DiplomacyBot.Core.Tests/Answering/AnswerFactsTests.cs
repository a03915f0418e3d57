using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

public sealed class AnswerFactsTests
{
    [Theory]
    [InlineData("The delegations were led by Sonata Coulter and Alexander Darchiev.", "Sonata Coulter", "Alexander Darchiev")]
    [InlineData("West German Finance Minister Gerhard Stoltenberg met Baker.", "Gerhard Stoltenberg")]
    [InlineData("The International Cocoa Organization buffer stock manager bought cocoa.")]
    [InlineData("The U.S. State Department said on Monday that talks would go on.")]
    public void Persons_AreRunsOfCapitalisedWords_ThatAreNotInstitutions(string text, params string[] expected)
    {
        Assert.Equal(expected, AnswerFacts.Persons(text));
    }

    [Theory]
    [InlineData("The talks were held in Geneva.", "where were the talks held?", true)]
    [InlineData("They met at the residence of the consul in Istanbul.", "where in Istanbul did they meet?", true)]
    [InlineData("U.S. officials welcomed the step.", "where did they meet?", false)]
    [InlineData("The talks were held in Geneva.", "where in Geneva were the talks held?", false)]
    public void APlace_CountsWhereTheSentencePutsSomethingThere_AndTheQuestionDidNotAlreadySayIt(string text, string question, bool expected)
    {
        var sentence = new Articles.Sentence(0, 0, 0, text.Length, []);
        Assert.Equal(expected, AnswerFacts.Holds(QuestionType.Where, sentence, text, question));
    }
}
