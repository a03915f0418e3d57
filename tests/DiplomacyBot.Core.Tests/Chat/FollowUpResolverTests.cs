using DiplomacyBot.Core.Chat;

namespace DiplomacyBot.Core.Tests.Chat;

public sealed class FollowUpResolverTests
{
    private static readonly FollowUpResolver Resolver = new();

    private static AnswerRecord Previous(string question, string? @event, string[]? people = null, string[]? places = null, string topic = "") => new()
    {
        Id = ChatButton.NewAnswerId(),
        Platform = "slack",
        Channel = "C1",
        Thread = "1.0",
        User = "U1",
        Question = question,
        Lead = "An answer.",
        Subject = new ThreadSubject(@event, topic, people ?? [], places ?? []),
        AnsweredAt = DateTimeOffset.UnixEpoch,
        Expires = DateTimeOffset.UnixEpoch.AddHours(1),
    };

    private static readonly AnswerRecord ThirdRound = Previous("When is the third round?", "the third round", ["Russia", "United States"], ["Istanbul"], "third round");

    [Theory]
    [InlineData("Where did that happen?", "Where did the third round happen?")]
    [InlineData("when was that?", "When was the third round?")]
    [InlineData("who led it?", "Who led the third round?")]
    [InlineData("What did they agree there?", "What did Russia and United States agree in Istanbul?")]
    [InlineData("Is there a date for it?", "Is there a date for the third round?")]
    [InlineData("When was that round?", "When was the third round?")]
    public void PronounWithoutASubjectOfItsOwn_IsReadWithTheThreadsSubject(string asked, string read)
    {
        FollowUp followUp = Resolver.Resolve(asked, ThirdRound);

        Assert.True(followUp.IsFollowUp);
        Assert.Equal(read, followUp.Question);
    }

    [Fact]
    public void FragmentWithAPreposition_TakesThePlaceOfTheLastQuestionsOwn()
    {
        AnswerRecord banking = Previous("What was agreed on banking at the second round?", "the second round", topic: "agreed banking second round");

        FollowUp followUp = Resolver.Resolve("and on visas?", banking);

        Assert.True(followUp.IsFollowUp);
        Assert.Equal("What was agreed on visas at the second round?", followUp.Question);
    }

    [Theory]
    [InlineData("and on visas?", "What about visas at the third round?")]
    [InlineData("what about embassy staffing?", "What about embassy staffing at the third round?")]
    [InlineData("And regarding the embassies?", "What about the embassies at the third round?")]
    public void FragmentAfterAQuestionForAFact_AsksAboutItsSubjectAtTheThreadsEvent(string asked, string read)
    {
        FollowUp followUp = Resolver.Resolve(asked, ThirdRound);

        Assert.True(followUp.IsFollowUp);
        Assert.Equal(read, followUp.Question);
    }

    [Theory]
    [InlineData("and about visas?", "What was said about visas at the second round?")]
    [InlineData("and embassy staffing?", "What was said on banking at the second round about embassy staffing?")]
    public void FragmentAfterAQuestionForWhatWasSaid_TakesThePlaceOfItsSubjectOrJoinsIt(string asked, string read)
    {
        AnswerRecord banking = Previous("What was said on banking at the second round?", "the second round", topic: "said banking second round");

        Assert.Equal(read, Resolver.Resolve(asked, banking).Question);
    }

    [Theory]
    [InlineData("and the fourth?", "When is the fourth round?")]
    [InlineData("what about the second round?", "When is the second round?")]
    public void FragmentNamingAnotherNumberedEvent_AsksTheSameOfIt(string asked, string read)
    {
        Assert.Equal(read, Resolver.Resolve(asked, ThirdRound).Question);
    }

    [Theory]
    [InlineData("and the American side?", "Who led the American side?")]
    [InlineData("what about the US delegation?", "Who led the US delegation?")]
    public void FragmentNamingAnotherSide_AsksTheSameOfIt(string asked, string read)
    {
        AnswerRecord russians = Previous("Who led the Russian delegation?", "the second round", ["Alexander Darchiev"], ["Istanbul"]);

        Assert.Equal(read, Resolver.Resolve(asked, russians).Question);
    }

    [Fact]
    public void FragmentWithAPlace_JoinsTheLastQuestion()
    {
        Assert.Equal("When is the third round in Geneva?", Resolver.Resolve("and in Geneva?", ThirdRound).Question);
    }

    [Theory]
    [InlineData("And where?")]
    [InlineData("where?")]
    [InlineData("Where")]
    public void LoneInterrogative_AsksTheLastQuestionAgainWithIt(string asked)
    {
        FollowUp followUp = Resolver.Resolve(asked, ThirdRound);

        Assert.True(followUp.IsFollowUp);
        Assert.Equal("Where is the third round?", followUp.Question);
    }

    [Fact]
    public void LoneInterrogative_AfterAQuestionAboutASubject_AsksItOfTheThreadsEvent()
    {
        AnswerRecord visas = Previous("What about visas at the third round?", "the third round", topic: "visas third round");

        Assert.Equal("When is the third round?", Resolver.Resolve("and when?", visas).Question);
    }

    [Fact]
    public void ContinuationThatIsAQuestion_IsResolvedAsOne()
    {
        FollowUp followUp = Resolver.Resolve("and who led it?", ThirdRound);

        Assert.Equal("Who led the third round?", followUp.Question);
    }

    [Theory]
    [InlineData("When is the next summit in Riyadh?")]
    [InlineData("Who leads the Russian delegation?")]
    [InlineData("What was agreed on banking?")]
    [InlineData("When did Lavrov say it would start?")]
    public void QuestionWithASubjectOfItsOwn_StandsOnItsOwn(string asked)
    {
        FollowUp followUp = Resolver.Resolve(asked, ThirdRound);

        Assert.False(followUp.IsFollowUp);
        Assert.Equal(asked, followUp.Question);
    }

    [Fact]
    public void WithoutAnEarlierAnswer_EveryQuestionStandsOnItsOwn()
    {
        FollowUp followUp = Resolver.Resolve("Where did that happen?", null);

        Assert.False(followUp.IsFollowUp);
        Assert.Equal("Where did that happen?", followUp.Question);
    }

    [Fact]
    public void WhenNoEventIsKnown_TheQuestionsOwnSubjectWordsStandIn()
    {
        AnswerRecord visas = Previous("What did the sides say about visa rules?", null, topic: "sides visa rules");

        Assert.Equal("Who raised sides visa rules?", Resolver.Resolve("Who raised it?", visas).Question);
    }

    [Fact]
    public void ConjunctionThat_IsNotAPronoun_SoTheSubjectIsAddedInstead()
    {
        FollowUp followUp = Resolver.Resolve("Did they say that the date moved?", Previous("When is the third round?", "the third round"));

        Assert.True(followUp.IsFollowUp);
        Assert.Equal("Did they say that the date moved (the third round)?", followUp.Question);
    }
}
