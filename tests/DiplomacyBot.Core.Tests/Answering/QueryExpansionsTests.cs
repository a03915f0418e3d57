using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

public sealed class QueryExpansionsTests
{
    [Theory]
    [InlineData("fought", "oppose")]
    [InlineData("opposed", "fight")]
    [InlineData("scrapping", "cancel")]
    [InlineData("replied", "respond")]
    [InlineData("formalize", "make official")]
    public void AWord_FindsWhatStandsForIt_UnderItsOwnFormOrItsBaseForm(string word, string alternative)
    {
        Assert.Contains(alternative, QueryExpansions.WithVectors.For(word), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void AWordOnNoLine_HasNoAlternatives_InAnyOfItsForms()
    {
        Assert.Empty(QueryExpansions.Parse("oppose, resist").For("opposing-party"));
        Assert.Empty(QueryExpansions.Parse("oppose, resist").For("proposed"));
    }

    [Fact]
    public void ABaseForm_IsFoundFromDoubledAndYEndings()
    {
        var expansions = QueryExpansions.Parse("scrap, axe\nreply, respond");

        Assert.Equal(["axe"], expansions.For("scrapped"));
        Assert.Equal(["respond"], expansions.For("replies"));
    }
}
