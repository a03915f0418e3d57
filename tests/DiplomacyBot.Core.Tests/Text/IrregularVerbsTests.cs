using DiplomacyBot.Core.Text;

namespace DiplomacyBot.Core.Tests.Text;

public sealed class IrregularVerbsTests
{
    [Theory]
    [InlineData("sent", true)]
    [InlineData("Held", true)]
    [InlineData("begun", true)]
    [InlineData("set", true)]
    [InlineData("send", false)]
    [InlineData("resumed", false)]
    [InlineData("treaty", false)]
    public void APastFormOfAnIrregularVerb_IsKnown(string word, bool past)
    {
        Assert.Equal(past, IrregularVerbs.IsPastForm(word));
    }

    [Theory]
    [InlineData("send", "sent")]
    [InlineData("sent", "sent")]
    [InlineData("begin", "began,begun")]
    [InlineData("took", "took,taken")]
    [InlineData("resume", "")]
    [InlineData("taking", "took,taken")]
    [InlineData("winning", "won")]
    [InlineData("buying", "bought")]
    [InlineData("sends", "sent")]
    [InlineData("resuming", "")]
    [InlineData("meetings", "")]
    public void TheBaseAnyFormOrAnyPastForm_GivesThePastForms(string word, string forms)
    {
        Assert.Equal(forms, string.Join(',', IrregularVerbs.PastFormsOf(word)));
    }
}
