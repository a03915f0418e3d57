using DiplomacyBot.Core.Text;

namespace DiplomacyBot.Core.Tests.Text;

public sealed class CueSpellingTests
{
    [Theory]
    [InlineData("wen", "when")]
    [InlineData("waht", "what")]
    [InlineData("acutally", "actually")]
    [InlineData("finaly", "finally")]
    [InlineData("wich", "which")]
    [InlineData("evnetually", "eventually")]
    [InlineData("agred", "agreed")]
    [InlineData("ratifed", "ratified")]
    [InlineData("finallly", "finally")]
    public void AWordOneSlipFromACue_IsMendedToIt(string typed, string expected)
    {
        Assert.Equal(expected, CueSpelling.Mended(typed));
    }

    [Theory]
    [InlineData("when")]
    [InlineData("wheat")]
    [InlineData("meat")]
    [InlineData("whenever")]
    [InlineData("gatt")]
    [InlineData("x2")]
    [InlineData("hwen")]
    public void AWordThatIsACueOrNotOneSlipFromOne_IsLeftAlone(string typed)
    {
        Assert.Null(CueSpelling.Mended(typed));
    }
}
