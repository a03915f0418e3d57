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
    [InlineData("russian", "Russia")]
    [InlineData("bolivian", "Bolivia")]
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

    [Theory]
    [InlineData("cambodia", "Cambodia", "Kampuchea")]
    [InlineData("burma", "Myanmar", "Myanmar")]
    [InlineData("ussr", "Soviet Union", "Soviet Union")]
    public void APlaceTypedInAQuestion_IsFoundWithItsOtherNames(string written, string place, string otherName)
    {
        var found = Assert.Single(Places.Default.InQuestion($"what about {written} now?"));

        Assert.Equal(place, found.Name);
        Assert.Contains(otherName, Places.Default.OtherNames(found.Name, written));
        Assert.DoesNotContain(Places.Default.OtherNames(found.Name, written), n => n.Equals(written, StringComparison.OrdinalIgnoreCase));
    }
}
