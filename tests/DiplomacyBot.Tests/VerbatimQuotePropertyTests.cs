using System.Text.RegularExpressions;
using CsCheck;
using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Hosting;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Tests;

public sealed partial class VerbatimQuotePropertyTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [GeneratedRegex(@"[A-Za-z][A-Za-z'’-]+")]
    private static partial Regex Word();

    [Fact]
    public async Task EveryQuote_EqualsItsArticlesOriginalTextAtItsOffsets_AndIsAWholeSentence()
    {
        var configuration = BotConfiguration.Build(new Dictionary<string, string?>
        {
            ["Storage:Path"] = _temp.File("bot.db"),
            ["Corpus:DefaultPath"] = SampleCorpus.Folder,
        });
        using BotContext bot = await BotContext.OpenAsync(configuration, TextWriter.Null, seed: true);
        string[] vocabulary = bot.Store.All().SelectMany(a => Word().Matches(a.OriginalText).Select(m => m.Value))
            .Concat(["coffee", "football", "third", "round", "banking", "agreed"])
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var opener = Gen.OneOf("When", "What", "Who", "Where", "How many", "Did", "What was agreed on", "Latest on");
        var question = from o in opener
                       from words in Gen.OneOf(vocabulary).Array[1, 6]
                       select $"{o} {string.Join(' ', words)}?";

        int citations = 0;
        await question.SampleAsync(async q =>
        {
            Answer answer = await bot.Answerer.AskAsync(q);
            foreach (Citation c in answer.Citations)
            {
                Article article = bot.Store.Get(c.ArticleId)!;
                Assert.Equal(article.OriginalText[c.Start..c.End], c.Quote);
                Assert.Contains(article.Sentences, s => s.Start == c.Start && s.End == c.End);
                Assert.Equal(article.Published.Value, c.Published);
                Assert.Equal(article.Title, c.Title);
                citations++;
            }
        }, iter: 400);

        Assert.True(citations > 100, $"only {citations} citations were checked");
    }

    public void Dispose() => _temp.Dispose();
}
