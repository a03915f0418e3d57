using System.Text.Json;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Tests;

public sealed class IngestCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string Db => _temp.File("bot.db");

    private Task<BotRun> Ingest(params string[] paths) =>
        BotProcess.RunAsync(_temp.Path, ["ingest", .. paths, "--db", Db]);

    private async Task<List<JsonElement>> Sources()
    {
        BotRun run = await BotProcess.RunAsync(_temp.Path, ["sources", "--json", "--db", Db]);
        return JsonDocument.Parse(run.StdOut).RootElement.EnumerateArray().ToList();
    }

    [Fact]
    public async Task IngestingTheSameFolderTwice_StoresEachArticleOnce()
    {
        SampleCorpus.CopyTo(_temp.File("in"));

        BotRun first = await Ingest(_temp.File("in"));
        BotRun second = await Ingest(_temp.File("in"));

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("5 ingested, 0 replaced, 0 unchanged, 0 duplicates, 0 failed", first.StdOut, StringComparison.Ordinal);
        Assert.Contains("0 ingested, 0 replaced, 5 unchanged, 0 duplicates, 0 failed", second.StdOut, StringComparison.Ordinal);
        Assert.Contains("5 articles read in ", first.StdOut, StringComparison.Ordinal);
        Assert.Contains("the store holds 5 articles.", second.StdOut, StringComparison.Ordinal);
        // A new store has nothing to rebuild, and a batch under a second has no meaningful rate.
        Assert.DoesNotContain("Rebuilt the search index", first.StdOut + first.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain(" 0 stored/s", first.StdOut + second.StdOut, StringComparison.Ordinal);
        Assert.Equal(5, (await Sources()).Count);
    }

    [Fact]
    public async Task ChangedFile_ReplacesItsEarlierVersion()
    {
        string file = _temp.File("talks.txt");
        await File.WriteAllTextAsync(file, "Talks in Geneva\n\nThe delegations met in Geneva.\n");
        await Ingest(file);
        await File.WriteAllTextAsync(file, "Talks in Vienna\n\nThe delegations met in Vienna instead.\n");

        BotRun run = await Ingest(file);

        Assert.Contains("0 ingested, 1 replaced", run.StdOut, StringComparison.Ordinal);
        JsonElement only = Assert.Single(await Sources());
        Assert.Equal("Talks in Vienna", only.GetProperty("title").GetString());
    }

    [Fact]
    public async Task ExactDuplicateUnderAnotherName_IsReportedAndNotStored()
    {
        string original = SampleCorpus.Files.First();
        Directory.CreateDirectory(_temp.File("in"));
        File.Copy(original, _temp.File("in/a.txt"));
        File.Copy(original, _temp.File("in/b.txt"));

        BotRun run = await Ingest(_temp.File("in"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 ingested, 0 replaced, 0 unchanged, 1 duplicate,", run.StdOut, StringComparison.Ordinal);
        Assert.Contains("b.txt: same content as article 'a'", run.StdErr, StringComparison.Ordinal);
        Assert.Single(await Sources());
    }

    [Fact]
    public async Task BadInputs_AreEachReportedByName_TheRestIngested_AndTheStoreUntouched()
    {
        SampleCorpus.CopyTo(_temp.File("good"));
        Assert.Equal(0, (await Ingest(_temp.File("good"))).ExitCode);

        string bad = _temp.File("bad");
        Directory.CreateDirectory(bad);
        await File.WriteAllTextAsync(Path.Combine(bad, "empty.txt"), "");
        await File.WriteAllTextAsync(Path.Combine(bad, "blank.txt"), "  \n\n ");
        await File.WriteAllBytesAsync(Path.Combine(bad, "binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02, 0x03]);
        await File.WriteAllBytesAsync(Path.Combine(bad, "latin1.txt"), [.. "Caf"u8, 0xE9, .. " talks\n\nThe talks were held.\n"u8]);
        await File.WriteAllTextAsync(Path.Combine(bad, "huge.txt"), "Huge\n\n" + new string('x', 11 * 1024 * 1024));
        await File.WriteAllTextAsync(Path.Combine(bad, "feed.jsonl"), string.Join('\n',
            """{"id":"ok-1","title":"Good record","published":"2025-05-01","body":"Delegations met in Riyadh."}""",
            """{"id":"broken", "title": "Missing brace" """,
            """["not", "an", "object"]""",
            """{"id":"nobody","title":"No text"}""",
            """{"id":"ok-2","headline":"Second good","publishedAt":"2025-05-02T10:00:00Z","text":"Ministers met in Vienna."}"""));
        await File.WriteAllTextAsync(Path.Combine(bad, "page.html"), "<html></html>");

        BotRun run = await Ingest(bad, Path.Combine(bad, "page.html"), _temp.File("missing.txt"));

        Assert.Equal(1, run.ExitCode);
        string[] errors = run.StdErr.Split('\n').Where(l => l.StartsWith("error:", StringComparison.Ordinal)).ToArray();
        Assert.Contains(errors, e => e.Contains("empty.txt: is empty", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("blank.txt: is empty", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("binary.txt: looks like a binary file", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("latin1.txt: is not valid UTF-8", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("huge.txt: is 11", StringComparison.Ordinal) && e.Contains("limit", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("feed.jsonl:2: malformed JSON", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("feed.jsonl:3: expected a JSON object", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("feed.jsonl:4: has no article text", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("page.html: has no article text", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("missing.txt: no such file or folder", StringComparison.Ordinal));
        Assert.Equal(2, errors.Count(e => e.Contains("page.html: has no article text", StringComparison.Ordinal))); // in the folder, and named
        Assert.Equal(11, errors.Length);
        Assert.Contains("2 ingested, 0 replaced, 0 unchanged, 0 duplicates, 11 failed", run.StdOut, StringComparison.Ordinal);

        var sources = await Sources();
        Assert.Equal(7, sources.Count);
        JsonElement record = sources.Single(s => s.GetProperty("id").GetString() == "ok-2");
        Assert.Equal("2025-05-02", record.GetProperty("published").GetString());
        Assert.Equal("metadata", record.GetProperty("date_basis").GetString());
        Assert.Equal("Second good", record.GetProperty("title").GetString());
    }

    [Fact]
    public async Task SizeLimit_ComesFromConfiguration()
    {
        string file = _temp.File("a.txt");
        await File.WriteAllTextAsync(file, "Talks\n\n" + new string('y', 5000));
        var env = new Dictionary<string, string> { ["DIPLOMACYBOT_Ingest__MaxArticleBytes"] = "1000" };

        BotRun run = await BotProcess.RunAsync(_temp.Path, ["ingest", file, "--db", Db], environment: env);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("over the 1000 bytes limit", run.StdErr, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
