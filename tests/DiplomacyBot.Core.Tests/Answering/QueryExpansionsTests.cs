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

public sealed class QueryExpansionPhrasesTests
{
    private static readonly QueryExpansions Expansions = QueryExpansions.Parse("approve, sign off, green light\nformalize, make * official\ncancel, call * off\nmeet, sit down with");

    [Theory]
    [InlineData("who signed off on the deal?", "sign off")]
    [InlineData("are they signing off on it?", "sign off")]
    [InlineData("when did they sit down with the union?", "sit down with")]
    [InlineData("did the minister sitting down with them say so?", "sit down with")]
    [InlineData("did they make it official?", "make official")]
    public void AMultiWordEntry_IsFound_WithItsFirstWordInflected(string question, string entry)
    {
        PhraseMatch found = Assert.Single(Expansions.PhrasesIn(question));

        Assert.Equal(entry, found.Phrase);
    }

    [Fact]
    public void ASeparablePhrase_IsFoundAroundItsObject_WhoseWordsAreReadOnTheirOwn()
    {
        const string question = "how did the two sides make the banking commitments official?";

        PhraseMatch found = Assert.Single(Expansions.PhrasesIn(question));

        Assert.Equal("make official", found.Phrase);
        Assert.True(found.Covers(question.IndexOf("make", StringComparison.Ordinal)));
        Assert.True(found.Covers(question.IndexOf("official", StringComparison.Ordinal)));
        Assert.False(found.Covers(question.IndexOf("banking", StringComparison.Ordinal)));
        Assert.Contains("formalize", Expansions.For(found.Phrase));
        Assert.Contains("make official", Expansions.For("formalize"));
        Assert.DoesNotContain(Expansions.For("formalize"), a => a.Contains(QueryExpansions.Gap, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("did they make any progress on official visits?")]
    [InlineData("who called the strike and why?")]
    [InlineData("did they make the first, second, third and fourth rounds official?")]
    public void AWordOfAPhraseAlone_OrTooFarFromItsRest_IsNotThePhrase(string question)
    {
        Assert.Empty(Expansions.PhrasesIn(question));
    }

    [Fact]
    public void TheAnalyzer_ReadsAPhraseAsOneConcept_AndItsObjectAsConceptsOfTheirOwn()
    {
        AnalyzedQuestion asked = new QuestionAnalyzer().Analyze("how did the delegations make the banking commitments official?");

        Assert.Contains(asked.Groups, g => g.Key == "make official" && g.Terms.Any(t => t.Text == "formalize"));
        Assert.Contains(asked.Groups, g => g.Key == "banking");
        Assert.Contains(asked.Groups, g => g.Key == "commitments");
        Assert.DoesNotContain(asked.Groups, g => g.Key is "make" or "official");
    }
}
