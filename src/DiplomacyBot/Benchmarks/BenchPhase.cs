using DiplomacyBot.Core.Ingestion;

namespace DiplomacyBot.Benchmarks;

/// <summary>The figures measured on one corpus.</summary>
public sealed record BenchPhase
{
    public required IngestFigures Ingest { get; init; }

    public int Questions { get; init; }

    public double AskP50Ms { get; init; }

    public double AskP95Ms { get; init; }

    public double AskP99Ms { get; init; }

    /// <summary>The p95 of asking each question for the first time (its articles read from the store), before the warm passes.</summary>
    public double AskFirstPassP95Ms { get; init; }

    public double LuceneP50Ms { get; init; }

    public double LuceneP95Ms { get; init; }

    /// <summary>Our ask p95 over the plain Lucene p95 on the same index.</summary>
    public double OverheadRatioP95 => LuceneP95Ms > 0 ? Math.Round(AskP95Ms / LuceneP95Ms, 2) : 0;

    public double ColdStartMs { get; init; }

    public double PeakRssMb { get; init; }

    /// <summary>False where the peak could not be reset between phases, so it covers everything before too.</summary>
    public bool PeakRssIsPhase { get; init; }

    public double StoreMb { get; init; }

    public double IndexMb { get; init; }

    /// <summary>The embedding model; null when the phase ran without vectors.</summary>
    public string? EmbeddingModel { get; init; }

    /// <summary>Sentences embedded by the embedding stage after ingest.</summary>
    public int SentencesEmbedded { get; init; }

    public double EmbedSeconds { get; init; }

    public double EmbedSentencesPerS { get; init; }

    /// <summary>The vector index's memory per sentence vector (values, scale and key).</summary>
    public double VectorBytesEach { get; init; }

    public double VectorIndexMb { get; init; }

    /// <summary>Peak resident memory while answering, with the model and the vectors loaded (reset after ingest and embedding).</summary>
    public double AskPeakRssMb { get; init; }

    /// <summary>Sentences stored: what a vector index would hold when every one is embedded.</summary>
    public int Sentences { get; init; }

    /// <summary>Articles behind the largest timed subject's key-date timeline (<c>bench-topics.txt</c>).</summary>
    public int TimelineArticles { get; init; }

    /// <summary>How long choosing that subject's key dates took, in a process that has the store open.</summary>
    public double TimelineMs { get; init; }
}

/// <summary>How fast a corpus was ingested (stored and BM25-indexed).</summary>
/// <param name="Articles">Articles the store holds from the corpus: ingested, replaced or unchanged.</param>
/// <param name="Megabytes">The text ingested, in MB (as read from its files).</param>
/// <param name="ArticlesPerS">Every article read, near-duplicates included, per second.</param>
public sealed record IngestFigures(int Articles, double Megabytes, double Seconds, double ArticlesPerS, double MbPerS)
{
    public static IngestFigures Of(IngestReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        double seconds = Math.Max(report.Elapsed.TotalSeconds, 0.001);
        double megabytes = report.Bytes / (1024.0 * 1024.0);
        int read = report.Ingested + report.Replaced + report.Unchanged + report.Duplicates;
        return new IngestFigures(
            report.Ingested + report.Replaced + report.Unchanged,
            Math.Round(megabytes, 1),
            Math.Round(seconds, 2),
            Math.Round(read / seconds, 1),
            Math.Round(megabytes / seconds, 2));
    }
}

/// <summary>A whole <c>bench</c> run: the base corpus and, when asked for, the derived corpus at scale.</summary>
public sealed record BenchReport
{
    public required string Corpus { get; init; }

    public required BenchPhase Base { get; init; }

    public BenchPhase? Scale { get; init; }

    /// <summary>Long web pages built from the corpus (<see cref="WebCorpus"/>), measured for their ingest rate.</summary>
    public IngestFigures? Web { get; init; }

    /// <summary>What the scale corpus's vectors would take in memory, at the base phase's bytes per vector.</summary>
    public double? ProjectedVectorIndexMb => Scale is { } scale && Base.VectorBytesEach > 0
        ? Math.Round(scale.Sentences * Base.VectorBytesEach / (1024.0 * 1024.0), 1)
        : null;

    /// <summary>The targets, each with the figure it applies to and whether it was met.</summary>
    public IReadOnlyList<(string Target, double Value, double Limit, bool Met)> Targets()
    {
        var targets = new List<(string, double, double, bool)>
        {
            ("ingest articles/s >= 1,000", Base.Ingest.ArticlesPerS, 1000, Base.Ingest.ArticlesPerS >= 1000),
            ("ingest MB/s >= 3", Base.Ingest.MbPerS, 3, Base.Ingest.MbPerS >= 3),
            ("cold start <= 2,000 ms", Base.ColdStartMs, 2000, Base.ColdStartMs <= 2000),
        };
        if (Base.EmbeddingModel is null)
        {
            targets.Add(("ask p95 <= 50 ms (base)", Base.AskP95Ms, 50, Base.AskP95Ms <= 50));
            targets.Add(("ask p95 <= 3x Lucene p95 (base)", Base.OverheadRatioP95, 3, Base.OverheadRatioP95 <= 3));
        }
        else
        {
            targets.Add(("hybrid ask p95 <= 60 ms (base)", Base.AskP95Ms, 60, Base.AskP95Ms <= 60));
            targets.Add(("hybrid ask p95 <= 4x Lucene p95 (base)", Base.OverheadRatioP95, 4, Base.OverheadRatioP95 <= 4));
            targets.Add(("embedding the corpus <= 600 s", Base.EmbedSeconds, 600, Base.EmbedSeconds <= 600));
            targets.Add(("peak RSS answering with vectors <= 600 MB (base)", Base.AskPeakRssMb, 600, Base.AskPeakRssMb <= 600));
        }

        if (Base.TimelineArticles >= 500)
        {
            targets.Add(($"key-date timeline of a {Base.TimelineArticles:N0}-article subject <= 5,000 ms", Base.TimelineMs, 5000, Base.TimelineMs <= 5000));
        }

        if (Web is { } web)
        {
            targets.Add(("ingest MB/s >= 3 (web pages)", web.MbPerS, 3, web.MbPerS >= 3));
        }

        if (Scale is { } scale)
        {
            targets.Add(("ask p95 <= 150 ms (scale)", scale.AskP95Ms, 150, scale.AskP95Ms <= 150));
            targets.Add(("ask p95 <= 3x Lucene p95 (scale)", scale.OverheadRatioP95, 3, scale.OverheadRatioP95 <= 3));
            targets.Add(("peak RSS <= 500 MB (scale)", scale.PeakRssMb, 500, scale.PeakRssMb <= 500));
        }

        return targets;
    }
}

/// <summary>What answering on a store measured: each timing in milliseconds, and the process's peak resident memory.</summary>
/// <param name="Ask">The warm passes' answer times.</param>
/// <param name="Lucene">The plain Lucene query times, one beside each warm answer.</param>
/// <param name="FirstSeen">Each timed question's first answer.</param>
/// <param name="TimelineArticles">Articles behind the largest timed subject's key-date timeline.</param>
/// <param name="TimelineMs">How long choosing that timeline took.</param>
public sealed record AnsweringFigures(IReadOnlyList<double> Ask, IReadOnlyList<double> Lucene, IReadOnlyList<double> FirstSeen, double PeakRssMb, int TimelineArticles = 0, double TimelineMs = 0);
