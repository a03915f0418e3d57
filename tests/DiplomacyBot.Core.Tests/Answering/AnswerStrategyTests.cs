using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

public sealed class AnswerStrategyTests
{
    [Fact]
    public void EveryQuestionType_HasAnAnswerStrategy()
    {
        Assert.Equal(Enum.GetValues<QuestionType>().Order(), ExtractiveAnswerer.AnsweredTypes.Order());
    }
}
