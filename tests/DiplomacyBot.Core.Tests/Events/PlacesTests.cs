using DiplomacyBot.Core.Events;

namespace DiplomacyBot.Core.Tests.Events;

public sealed class PlacesTests
{
    [Theory]
    [InlineData("brazilian", "Brazil")]
    [InlineData("Japanese", "Japan")]
    [InlineData("turkish", "Turkey")]
    [InlineData("saudi", "Saudi Arabia")]
    [InlineData("austrian", "Austria")]
    [InlineData("indian", "India")]
    [InlineData("kenyan", "Kenya")]
    public void AWordForAPlacesPeople_NamesThePlace(string word, string place)
    {
        Assert.Equal(place, Places.Default.OfDemonym(word));
    }

    [Theory]
    [InlineData("human")]
    [InlineData("veteran")]
    [InlineData("civilian")]
    [InlineData("american")]
    [InlineData("brazil")]
    public void AWordThatNamesNoPlacesPeople_NamesNoPlace(string word)
    {
        Assert.Null(Places.Default.OfDemonym(word));
    }
}
