using System.Diagnostics;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Duplicates;
using DiplomacyBot.Core.Search;
using DiplomacyBot.Core.Storage;

namespace DiplomacyBot.Core.Ingestion;

/// <summary>
/// Ingests articles: parses them (in parallel), skips unchanged content and reports exact duplicates, then writes each
/// batch to the store in one transaction and brings the index up to the store's generation. A crash leaves every
/// article either fully stored or absent, and the index catches up on the next run. With a near-duplicate linker,
/// each batch is also fingerprinted and its syndicated copies are linked to their original, and the links are saved in
/// the batch's transaction.
/// </summary>
public sealed class IngestService(
    IArticleStore store, IPassageIndex index, ArticleParser parser, ArticleSourceReader reader, IngestOptions options, NearDuplicateLinker? nearDuplicates = null)
{
    /// <summary>
    /// How many batches parsing may run ahead of storing, and indexing behind it. While the index writer writes out a
    /// segment (half a second on one core, every 8 MB of index) storing and parsing go on with the other core instead
    /// of waiting for it; with one batch of slack they stopped, and the whole ingest ran on one core meanwhile.
    /// </summary>
    private const int QueuedBatches = 4;

    /// <summary>
    /// The most text a batch takes before it is closed short of <see cref="IngestOptions.BatchSize"/> articles. Storing
    /// and indexing a batch start only once all of it is parsed: 500 long web pages are half of a 1,000-page ingest,
    /// which then ran on one core at either end. Short articles (news wires, about 1 KB) fill their batches by count.
    /// </summary>
    private const long BatchBytes = 1024 * 1024;

    public ArticleSourceReader Reader => reader;

    public IngestReport Ingest(IEnumerable<string> paths, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Ingest(reader.Read(paths, cancellationToken), progress, cancellationToken);

    public IngestReport Ingest(IEnumerable<SourceItem> items, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        // With near-duplicate detection, each article's MinHash signature is computed by the parsing workers too, so
        // it overlaps with storing the previous batch instead of following it.
        var signatures = new System.Collections.Concurrent.ConcurrentDictionary<Article, ulong[]?>(ReferenceEqualityComparer.Instance);
        // Parsing needs nothing from the store, so it starts first and overlaps bringing the index up to date and
        // loading the stored hashes and signatures, which on a large store take a while.
        using var parser = new Worker<SourceItem[], (SourceItem[] Chunk, List<(SourceItem Item, Article? Article, IngestProblem? Problem)> Parsed)>(
            Batches(items, Math.Max(1, options.BatchSize)), chunk => (chunk, ParseAll(chunk, nearDuplicates is null ? null : signatures, cancellationToken)), cancellationToken, ahead: QueuedBatches);
        var report = new IngestReport { IndexRebuilt = IndexMaintenance.EnsureFresh(store, index) };
        long started = index.Generation;
        int saves = 0;
        var saved = new HashSet<string>(StringComparer.Ordinal);
        var hashes = ContentHashIndex.Of(store.EnumerateContentHashes());
        NearDuplicateLinker.Session? duplicates = nearDuplicates?.Open(store, hashes);
        int articles = 0, compacted = 0;
        long? generation = null;
        using var indexer = new Sink<(List<Article> Batch, HashSet<string> Replaced)>(work => index.Upsert(work.Batch, work.Replaced), cancellationToken, behind: QueuedBatches);
        foreach (var (chunk, parsed) in parser.Results())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = new List<Article>();
            var replaced = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (item, article, problem) in parsed)
            {
                articles++;
                report.Bytes += item.Article?.SizeBytes ?? 0;
                if (problem is not null)
                {
                    report.Problems.Add(problem);
                    continue;
                }

                Classify(article!, hashes, batch, replaced, report);
            }

            if (batch.Count > 0)
            {
                // The batch is linked to the near-duplicates stored before it, and its links are saved with it in one
                // transaction. The index takes a batch while the store writes the next; it is committed only at the end.
                // The content hashes say which articles of the batch replace stored ones: the rest are new to the store.
                if (duplicates is not null)
                {
                    NearDuplicateChanges changes = duplicates.Prepare(batch, signatures);
                    generation = duplicates.Save(store, batch, changes, replaced);
                    report.NearDuplicateNotes.AddRange(changes.Notes);
                }
                else
                {
                    generation = store.Save(batch, replaced);
                }

                saves++;
                saved.UnionWith(batch.Select(a => a.Id));
                indexer.Add((batch, replaced));
            }

            foreach (var (_, article, _) in parsed)
            {
                if (article is not null)
                {
                    signatures.TryRemove(article, out _);
                }
            }

            if (options.CompactEvery > 0 && articles / options.CompactEvery > compacted)
            {
                compacted = articles / options.CompactEvery;
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            }

            progress?.Report(new IngestProgress(articles, report.Bytes, chunk[^1].Article?.Source ?? chunk[^1].Problem?.Input));
        }

        indexer.Complete();

        // The index is committed once: if the process dies first, the index is behind the store and is rebuilt from it.
        if (generation is { } last)
        {
            CommitIndex(last, started, saves, saved);
        }

        if (compacted > 0)
        {
            index.Compact();
            // After a long ingest the index is merged into one segment and the heap the ingest filled is given back,
            // before the process goes on answering.
            System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        }

        report.Elapsed = watch.Elapsed;
        return report;
    }

    /// <summary>
    /// Commits the index at the generation of the last batch saved, or, when another process saved articles in
    /// between (the generations this ingest got are not the ones right after the index's), at the store's generation
    /// after adding what the other process saved, so the index never claims a generation whose articles it lacks.
    /// </summary>
    private void CommitIndex(long last, long started, int saves, HashSet<string> saved)
    {
        long current = store.Generation;
        if (last - started == saves && current == last)
        {
            index.Commit(last);
            return;
        }

        index.Commit(started);
        if (current < last || IndexMaintenance.CatchUp(store, index, current, saved) is null)
        {
            // Without a change log the index is committed as before; it is rebuilt when next opened behind the store.
            index.Commit(last);
        }
    }

    private static void Classify(Article article, ContentHashIndex hashes, List<Article> batch, HashSet<string> replaced, IngestReport report)
    {
        if (hashes.Contains(article.Id))
        {
            if (hashes.Holds(article.Id, article.ContentHash))
            {
                report.Unchanged++;
                return;
            }

            report.Replaced++;
            replaced.Add(article.Id);
        }
        else if (hashes.HolderOf(article.ContentHash) is { } original)
        {
            report.DuplicateNotes.Add($"{article.Source}: same content as article '{original}', not stored again");
            return;
        }
        else
        {
            report.Ingested++;
        }

        hashes.Set(article.Id, article.ContentHash);
        int existing = batch.FindIndex(a => a.Id == article.Id);
        if (existing >= 0)
        {
            batch[existing] = article;
        }
        else
        {
            batch.Add(article);
        }
    }

    /// <summary>
    /// The items in batches of <paramref name="size"/>, or fewer when they reach <see cref="BatchBytes"/> first. The
    /// first batch is an eighth of that: storing and indexing wait for it, and while the first articles are parsed
    /// (most of the code compiled then) one core is left idle.
    /// </summary>
    private static IEnumerable<SourceItem[]> Batches(IEnumerable<SourceItem> items, int size)
    {
        var batch = new List<SourceItem>(Math.Min(size, 1024));
        long bytes = 0;
        (int most, long mostBytes) = (Math.Max(1, size / 8), BatchBytes / 8);
        foreach (SourceItem item in items)
        {
            batch.Add(item);
            bytes += item.Article?.SizeBytes ?? 0;
            if (batch.Count >= most || bytes >= mostBytes)
            {
                yield return [.. batch];
                batch.Clear();
                bytes = 0;
                (most, mostBytes) = (size, BatchBytes);
            }
        }

        if (batch.Count > 0)
        {
            yield return [.. batch];
        }
    }

    private List<(SourceItem Item, Article? Article, IngestProblem? Problem)> ParseAll(
        SourceItem[] chunk, System.Collections.Concurrent.ConcurrentDictionary<Article, ulong[]?>? signatures, CancellationToken cancellationToken) =>
        chunk.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(item =>
        {
            if (item.Problem is not null)
            {
                return (item, (Article?)null, item.Problem);
            }

            RawArticle raw = item.Article!;
            try
            {
                Article article = parser.Parse(raw);
                if (signatures is not null)
                {
                    signatures[article] = Duplicates.MinHash.Signature(article.CleanText);
                }

                return (item, (Article?)article, (IngestProblem?)null);
            }
            catch (ArticleFormatException ex)
            {
                return (item, null, new IngestProblem(raw.Source, null, ex.Message));
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException or OverflowException or IndexOutOfRangeException)
            {
                // A defect in one article's analysis must not stop the rest of the ingest.
                return (item, null, new IngestProblem(raw.Source, null, $"could not be analysed ({ex.GetType().Name}: {ex.Message})"));
            }
        }).ToList();
}
