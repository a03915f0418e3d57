using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Timelines;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Core.Tests.Timelines;

/// <summary>Key dates chosen from a whole collection by the evidence for them, each summarised by verbatim sentences.</summary>
public sealed class KeyDateSelectorTests
{
    private static readonly MemoryArticleStore Store = MemoryArticleStore.Of(
        ("a1", "2010-04-21", "Rig explodes", "The drilling rig exploded on Tuesday night, killing eleven workers. Coast guard crews searched the gulf for survivors."),
        ("a2", "2010-04-23", "Rig sinks", "The rig, which exploded on Tuesday, sank on Thursday morning. Oil began to leak from the well."),
        ("a3", "2010-05-03", "Spill grows", "Two weeks after the April 20 explosion, the slick reached the coast. Fishing was banned in federal waters."),
        ("a4", "2010-05-03", "Fishing banned", "Officials banned fishing in a wide area of the gulf on Monday as the slick spread. The April 20 blast was the start."),
        ("z1", "2010-04-25", "Football results", "The home side won 3-1 on Saturday in front of a full stadium of cheering fans."));

    private static IReadOnlyList<KeyDate> Select(int dates, int perDate, Func<Article, Sentence, bool>? relevant = null) =>
        new KeyDateSelector(new KeyDateWeights(0.5, 0.25, 0.25)).Select(Store.All(), new DateOnly(2010, 4, 1), new DateOnly(2010, 6, 1), dates, perDate, relevant);

    [Fact]
    public void TheDayNamedMostOften_IsChosenFirst_AndDatesComeInOrder()
    {
        var dates = Select(2, 1);

        Assert.Contains(dates, d => d.Day == new DateOnly(2010, 4, 20));
        Assert.Equal(dates.Select(d => d.Day).Order(), dates.Select(d => d.Day));
        KeyDate blast = dates.Single(d => d.Day == new DateOnly(2010, 4, 20));
        Assert.True(blast.Mentions >= 4, $"named in {blast.Mentions} sentences");
        Assert.Equal(blast.Mentions, blast.LaterMentions);
    }

    [Fact]
    public void EachDaysSentences_AreVerbatimSentencesOfTheArticles_WithoutRepeats()
    {
        foreach (KeyDate date in Select(4, 2))
        {
            Assert.InRange(date.Sentences.Count, 1, 2);
            Assert.Equal(date.Sentences.Count, date.Sentences.Select(s => (s.Article.Id, s.Sentence.Index)).Distinct().Count());
            Assert.All(date.Sentences, s => Assert.Equal(s.Text, Store.Get(s.Article.Id)!.OriginalText[s.Sentence.Start..s.Sentence.End]));
        }
    }

    [Fact]
    public void WithATopicFilter_SentencesAboutSomethingElse_MakeNoDate()
    {
        var dates = Select(10, 1, (article, _) => !article.Id.StartsWith('z'));

        Assert.DoesNotContain(dates, d => d.Day == new DateOnly(2010, 4, 24) || d.Day == new DateOnly(2010, 4, 25));
        Assert.All(dates, d => Assert.All(d.Sentences, s => Assert.False(s.Article.Id.StartsWith('z'))));
    }

    [Fact]
    public void NoDates_WhenNothingIsInTheSpan()
    {
        var dates = new KeyDateSelector().Select(Store.All(), new DateOnly(1999, 1, 1), new DateOnly(1999, 12, 31), 5, 1);

        Assert.Empty(dates);
    }

    [Fact]
    public void ClosenessToWhatTheCollectionIsAbout_ChoosesADaysSentence()
    {
        // Reports of 3 May: most on a local fair, one on the spill that the collection is about.
        var store = MemoryArticleStore.Of(
            ("b1", "2010-04-21", "Spill", "Oil from the damaged well spread across the gulf waters. Crews fought the oil slick near the well."),
            ("b2", "2010-04-22", "Spill", "The oil slick from the well grew and reached wildlife refuges in the gulf."),
            ("b5", "2010-04-26", "Spill", "Oil kept leaking from the well as the slick spread toward the gulf coast."),
            ("b6", "2010-04-28", "Spill", "Engineers tried to stop the oil leaking from the well on the gulf floor."),
            ("b3", "2010-05-04", "Day", "On May 3 the county fair opened with a parade of tractors and prize cattle. On May 3 engineers lowered a dome over the leaking oil well in the gulf."),
            ("b4", "2010-05-05", "Fair", "The county fair that opened on May 3 drew crowds to its tractors and prize cattle."));
        DateOnly day = new(2010, 5, 3);

        string Chosen(double topic) => new KeyDateSelector(new KeyDateWeights(0.5, 0.25, 0.25, Topic: topic, Naming: 0.1, Redundancy: 0.7))
            .Select(store.All(), new DateOnly(2010, 4, 1), new DateOnly(2010, 6, 1), 5, 1)
            .Single(d => d.Day == day).Sentences.Single().Text;

        Assert.Contains("fair", Chosen(topic: 0));
        Assert.Contains("oil well", Chosen(topic: 20));
    }

    [Fact]
    public void Weights_RoundTripThroughTheirFile_AndOldFilesKeepTheSummaryDefaults()
    {
        var weights = new KeyDateWeights(0.5, 0.25, 0.25, Topic: 4, Naming: 0.4, Redundancy: 1, Leads: 0);

        Assert.Equal(weights, KeyDateWeights.Parse(weights.ToJson(), "test"));
        var old = KeyDateWeights.Parse("""{"published":0.5,"mentions":0.25,"later_mentions":0.25}""", "old");
        Assert.Equal((0.0, 0.1, 0.7, 3), (old.Topic, old.Naming, old.Redundancy, old.Leads));
        Assert.Throws<InvalidDataException>(() => KeyDateWeights.Parse("{not json", "broken.json"));
    }

    [Fact]
    public void HowManyOpeningSentencesStandForTheirDay_IsAWeight()
    {
        // Nothing names 7 May: what happened then is in the articles published that day, the news further down.
        var store = MemoryArticleStore.Of(
            ("c1", "2010-05-07", "Update", "Officials gave a short update to reporters. They said more would follow later. "
                + "Questions were taken from the floor. Engineers lowered a containment dome over the leaking well."));
        DateOnly day = new(2010, 5, 7);

        IReadOnlyList<string> Said(int leads) => new KeyDateSelector(new KeyDateWeights(1, 0, 0, Leads: leads))
            .Select(store.All(), new DateOnly(2010, 5, 1), new DateOnly(2010, 5, 31), 1, 4)
            .Single(d => d.Day == day).Sentences.Select(s => s.Text).ToList();

        Assert.DoesNotContain(Said(leads: 3), s => s.Contains("dome", StringComparison.Ordinal));
        Assert.Contains(Said(leads: 0), s => s.Contains("dome", StringComparison.Ordinal));
    }
}
