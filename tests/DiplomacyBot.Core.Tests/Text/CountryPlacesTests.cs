using DiplomacyBot.Core.Text;

namespace DiplomacyBot.Core.Tests.Text;

public sealed class CountryPlacesTests
{
    [Theory]
    [InlineData("Istanbul", "Turkey", true)]
    [InlineData("Ankara", "Turkey", true)]
    [InlineData("istanbul", "turkey", true)]
    [InlineData("Moscow", "Russia", true)]
    [InlineData("Moscow", "Soviet Union", true)]
    [InlineData("Turkey", "Turkey", true)]
    [InlineData("Paris", "Turkey", false)]
    [InlineData("Turkey", "Istanbul", false)]
    [InlineData("Istanbul", "Atlantis", false)]
    public void IsWithin_HoldsForACountryItsCapitalAndItsCities(string place, string region, bool within) =>
        Assert.Equal(within, CountryPlaces.IsWithin(place, region));

    [Fact]
    public void In_ListsACountrysPlacesOnce_AndNothingForAPlaceThatIsNoCountry()
    {
        var german = CountryPlaces.In("West Germany").ToList();

        Assert.Contains("Bonn", german);
        Assert.Contains("Frankfurt", german);
        Assert.Equal(german.Count, german.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Empty(CountryPlaces.In("Geneva"));
    }
}
