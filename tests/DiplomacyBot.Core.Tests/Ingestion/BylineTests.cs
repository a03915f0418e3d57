using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Ingestion;
using DiplomacyBot.Core.Time;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Core.Tests.Ingestion;

/// <summary>Which date lines of a page date the article: a byline near the top does; an update or a list heading does not.</summary>
public sealed class BylineTests
{
    private static readonly ArticleParser Parser = new(new TemporalTagger(), FixedClock.At(2026, 12, 1));

    private static Article Parse(string text) => Parser.Parse(new RawArticle { Source = "t.txt", Id = "t", Text = text });

    [Fact]
    public void AnUpdateLine_IsKeptAsItsOwnCue_AndThePublishedDateStays()
    {
        Article article = Parse("Talks resume in Geneva\nPublished June 1, 2026\nUpdated June 28, 2026\n\nThe delegations met again on Monday to discuss visas.\n");

        Assert.Equal(new DateOnly(2026, 6, 1), article.Published.Value);
        Assert.Equal(DateBasis.Byline, article.Published.Basis);
        DateCue update = Assert.Single(article.Published.Cues, c => c.Kind == DateCueKind.Updated);
        Assert.Equal(new DateOnly(2026, 6, 28), update.Date);
        Assert.Empty(article.Published.Conflicts);
    }

    [Fact]
    public void AnUpdateAlone_DoesNotDateTheArticle()
    {
        Article article = Parse("Talks resume in Geneva\nUpdated June 28, 2026\n\nThe delegations met again on Monday to discuss visas.\n");

        Assert.Null(article.Published.Value);
        Assert.Equal(DateCueKind.Updated, Assert.Single(article.Published.Cues).Kind);
    }

    [Fact]
    public void ADateHeadingDeepInTheBody_IsNotAByline()
    {
        Article article = Parse(
            "A timeline of the talks\n\nThe two sides have met several times since the spring.\n\nThis is how the process unfolded.\n\n"
            + "JUNE 1, 2024\n\nThe first round was held in Riyadh.\n");

        Assert.Null(article.Published.Value);
        Assert.DoesNotContain(article.Published.Cues, c => c.Kind == DateCueKind.Byline);
        Assert.Contains(article.Sentences, s => s.TextOf(article) == "The first round was held in Riyadh.");
        Assert.DoesNotContain(article.Sentences, s => s.TextOf(article).Contains("JUNE 1, 2024", StringComparison.Ordinal));
    }

    [Fact]
    public void AListNumberOnALineOfItsOwn_IsNotASentence()
    {
        Article article = Parse("Five points agreed in Riyadh\n\nThe delegations listed what they had agreed.\n\n3.\nThe embassies will be fully staffed again.\n\n4)\nVisas will be issued within a month.\n");

        Assert.Equal(
            ["The delegations listed what they had agreed.", "The embassies will be fully staffed again.", "Visas will be issued within a month."],
            article.Sentences.Select(s => s.TextOf(article)));
    }

    [Fact]
    public void ABylineUnderAStandfirst_StillDatesTheArticle()
    {
        Article article = Parse("Moscow confirms second meeting\nLavrov says the talks are being prepared.\nApril 1, 2025\n\nThe meeting will take place in Istanbul.\n");

        Assert.Equal(new DateOnly(2025, 4, 1), article.Published.Value);
        Assert.Equal(DateBasis.Byline, article.Published.Basis);
    }

    [Fact]
    public void ADateHeadingAfterOneParagraph_HeadsATimeline_WhenMoreDatedLinesFollow()
    {
        Article article = Parse(
            "How the talks unfolded\n\nThe two sides have met several times since the spring.\n\n"
            + "JUNE 1, 2024\n\nThe first round was held in Riyadh.\n\nJULY 9, 2024\n\nThe second round was held in Istanbul.\n");

        Assert.Null(article.Published.Value);
        Assert.DoesNotContain(article.Published.Cues, c => c.Kind == DateCueKind.Byline);
        Assert.Contains(article.Sentences, s => s.TextOf(article) == "The second round was held in Istanbul.");
    }
}
