using DiplomacyBot.Core.Events;

namespace DiplomacyBot.Core.Tests.Events;

public sealed class PlaceKindsTests
{
    [Theory]
    [InlineData("Former Japanese Prime Minister Shinzo Abe died on Friday.", "Japan")]
    [InlineData("Officials in Colombo said fuel queues stretched for miles.", "Sri Lanka")]
    [InlineData("The U.S. will send 31 tanks.", "United States")]
    [InlineData("Talks between Britain and Ireland resumed.", "United Kingdom,Ireland")]
    [InlineData("In 2018, Cuban legislators abandoned the provisions.", "Cuba")]
    [InlineData("Kampuchea and Burma were not represented.", "Cambodia,Myanmar")]
    public void ACountryIsFound_HoweverTheTextNamesIt(string text, string countries)
    {
        Assert.Equal(countries.Split(','), PlaceKinds.Find(PlaceKind.Country, text));
    }

    [Theory]
    [InlineData("The storm hit the Arctic coast and the Gulf.")]
    [InlineData("A spokesman for CNN's newsroom declined to comment.")]
    public void RegionsAndOtherNames_AreNoCountry(string text)
    {
        Assert.Empty(PlaceKinds.Find(PlaceKind.Country, text));
    }

    [Fact]
    public void AStateIsFoundByName_AndTheCountryIsNoState()
    {
        Assert.Equal(["Texas"], PlaceKinds.Find(PlaceKind.State, "The U.S. Justice Department sued Texas on Monday."));
        Assert.Equal(["New Mexico"], PlaceKinds.InQuestion(PlaceKind.State, "what about new mexico?"));
    }

    [Theory]
    [InlineData("Thailand", "Thai")]
    [InlineData("Britain", "British")]
    [InlineData("Netherlands", "Dutch")]
    [InlineData("United States", "American")]
    public void ACountry_IsAlsoNamedByTheWordForItsPeople(string place, string other)
    {
        Assert.Contains(other, PlaceKinds.OtherNamesOf(place));
    }

    [Fact]
    public void AbbreviationsAndShortNames_AreNotOtherNamesToSearchFor()
    {
        Assert.DoesNotContain(PlaceKinds.OtherNamesOf("United States"), n => n is "US" or "U.S." or "USA");
        Assert.Empty(PlaceKinds.OtherNamesOf("Kroll"));
    }

    [Theory]
    [InlineData("nation", PlaceKind.Country)]
    [InlineData("Country", PlaceKind.Country)]
    [InlineData("state", PlaceKind.State)]
    public void AKindWord_NamesItsKind(string word, PlaceKind kind)
    {
        Assert.Equal(kind, PlaceKinds.Of(word));
    }

    [Fact]
    public void OtherKindWords_NameNoKind()
    {
        Assert.Null(PlaceKinds.Of("venue"));
    }
}
