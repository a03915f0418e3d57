using DiplomacyBot.Core.Text;

namespace DiplomacyBot.Core.Tests.Text;

public sealed class RoleTitlesTests
{
    [Theory]
    [InlineData("Lavrov said both presidents had given the green light.", "both presidents")]
    [InlineData("The two foreign ministers signed the accord on Friday.", "The two foreign ministers")]
    [InlineData("All the finance ministers backed the plan.", "All the finance ministers")]
    [InlineData("The leaders agreed to meet again.", "The leaders")]
    [InlineData("Both chairmen stepped down.", "Both chairmen")]
    [InlineData("The secretaries of state met in Geneva.", "The secretaries of state")]
    public void HoldersOfAnOfficeNamedTogether_AreFound(string text, string holders)
    {
        Assert.Equal(holders, RoleTitles.GroupIn(text));
    }

    [Theory]
    [InlineData("The president gave the green light.")]
    [InlineData("Presidential elections are due in May.")]
    [InlineData("The talks between the ministries resumed.")]
    public void OneHolder_OrAWordBuiltOnATitle_IsNoGroup(string text)
    {
        Assert.Null(RoleTitles.GroupIn(text));
    }
}
