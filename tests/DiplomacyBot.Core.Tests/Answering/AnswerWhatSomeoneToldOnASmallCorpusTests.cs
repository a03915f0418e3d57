using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (a dispute over seized trawlers): a fact asked as someone named told it ("how many
/// trawlers did Kroll say were seized?") is answered by what that person is reported to have said, not by a figure
/// from someone else.
/// </summary>
public sealed class AnswerWhatSomeoneToldOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("t1", "2024-06-03", "Norland counts seized trawlers",
            "Norland fisheries minister Aksel Kroll said 40 Vesterland trawlers had been seized in Norland waters this year."),
        ("t2", "2024-06-05", "Vesterland on the trawler dispute",
            "Vesterland trade minister Petra Berg said the dispute over the trawlers should be settled by talks. "
            + "Coast guard records show 12 trawlers were seized in Norland waters this year."));

    private static readonly SmallCorpus Appeal = SmallCorpus.Of(
        ("a1", "2024-07-01", "Kroll Metals appeals fishing fine",
            "Kroll Metals said it had filed an appeal against the fine imposed by the Norland fisheries court. "
            + "The company said the appeal lists 40 errors in the court's ruling."),
        ("a2", "2024-07-02", "Vesterland lawyers on the fine",
            "Vesterland lawyer Jon Varga said the fine was fair. "
            + "He said the ruling had 12 errors in its account of the catch, none of them serious."));

    [Fact]
    public async Task ASpeakerReferredToRightAfterBeingNamed_IsTheSpeaker()
    {
        Answer kroll = await Appeal.AskAsync("how many errors does kroll say the ruling contains?");
        Answer varga = await Appeal.AskAsync("how many errors does varga say the ruling contains?");

        Assert.False(kroll.Abstained, kroll.Lead);
        Assert.Contains("40", kroll.Lead, StringComparison.Ordinal);
        Assert.False(varga.Abstained, varga.Lead);
        Assert.Contains("12", varga.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFigureSomeoneToldOf_IsTheirs()
    {
        Answer kroll = await Corpus.AskAsync("how many trawlers did kroll say were seized in norland waters?");
        Answer berg = await Corpus.AskAsync("how many trawlers did berg say were seized in norland waters?");

        Assert.False(kroll.Abstained, kroll.Lead);
        Assert.Contains("40", kroll.Lead, StringComparison.Ordinal);
        Assert.True(berg.Abstained, berg.Lead);
        Assert.StartsWith("The stored articles don't say what Berg said.", berg.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many trawlers did kroll say were seized?", "kroll")]
    [InlineData("how much did the minister say the fine would be?", "minister")]
    [InlineData("which trawlers did vesterland announce it would release?", "vesterland")]
    [InlineData("how many trawlers did officials say were seized?", null)]
    [InlineData("how long did the talks last?", null)]
    [InlineData("how many trawlers did anyone say were seized?", null)]
    [InlineData("what price did they say?", null)]
    [InlineData("how many offers did the union reply to?", null)]
    public void WhoTellsTheFactAsked_IsTheSpeaker(string question, string? speaker) =>
        Assert.Equal(speaker, new QuestionAnalyzer().Analyze(question).Speaker);

    [Theory]
    [InlineData("The talks will go on, Kroll said.", true)]
    [InlineData("\"The talks will go on,\" said Norland minister Aksel Kroll.", true)]
    [InlineData("The talks will go on, added Kroll.", true)]
    [InlineData("Berg gave no date but pointed to Kroll, who asked for a briefing.", false)]
    [InlineData("Berg told Kroll the talks were over.", false)]
    [InlineData("Berg welcomed Kroll to Lund.", false)]
    public void WhoSpeaks_IsTheOneWhoSaidIt_NotTheOneSpokenTo(string text, bool speaks) =>
        Assert.Equal(speaks, AnswerFacts.Speaks("kroll", text));

    [Theory]
    [InlineData("The company said the appeal lists 40 errors.", "Kroll Metals said it filed an appeal.", true)]
    [InlineData("The appeal lists 40 errors, it said.", "Kroll Metals said it filed an appeal.", true)]
    [InlineData("The court said the appeal lists 40 errors.", "Kroll Metals said it filed an appeal.", false)]
    [InlineData("Berg said he counted 40 errors.", "Kroll Metals said it filed an appeal.", false)]
    [InlineData("He said the appeal lists 40 errors.", "Berg said the fine was fair.", false)]
    public void ASpeakerReferredTo_IsTheOneNamedJustBefore(string text, string before, bool speaks) =>
        Assert.Equal(speaks, AnswerFacts.Speaks("kroll", text, [before]));
}
