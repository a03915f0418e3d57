using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Events;
using DiplomacyBot.Core.Text;
using DiplomacyBot.Core.Time;

namespace DiplomacyBot.Core.Ingestion;

/// <summary>
/// Turns a raw article into a stored one: finds the title, the outlet and every date cue, separates the body from
/// page furniture, splits sentences (as ranges of the original text) and resolves their temporal expressions against
/// the publication date. Every rule here is general; none knows a particular file.
/// </summary>
public sealed partial class ArticleParser(ITemporalTagger tagger, TimeProvider clock, EventExtractor events)
{
    private const int MaxHeadingWords = 14;

    public ArticleParser(ITemporalTagger tagger, TimeProvider clock)
        : this(tagger, clock, new EventExtractor())
    {
    }

    public Article Parse(RawArticle raw)
    {
        string text = raw.Text;
        var cues = new List<DateCue>();
        AddMetadataCues(raw, cues);

        var layout = ReadLayout(text, raw.Title, cues);
        if (layout.Paragraphs.Count == 0 && string.IsNullOrWhiteSpace(layout.Title))
        {
            throw new ArticleFormatException("the article has no text");
        }

        DateTimeOffset now = clock.GetUtcNow();
        PublicationDate published = PublicationDateResolver.Resolve(cues, DateOnly.FromDateTime(now.UtcDateTime));
        var sentences = SplitSentences(text, layout.Paragraphs, published.Value);
        string title = !string.IsNullOrWhiteSpace(layout.Title) ? layout.Title!
            : sentences.Count > 0 ? Shortened.To(text[sentences[0].Start..sentences[0].End], 100) : "(untitled)";

        var article = new Article
        {
            Id = raw.Id,
            Source = raw.Source,
            Url = raw.Url,
            Title = title,
            Outlet = raw.Outlet ?? layout.Outlet,
            Published = published,
            OriginalText = text,
            Paragraphs = layout.Paragraphs.Select(p => p.Span).ToList(),
            Sentences = sentences,
            ContentHash = raw.Title is null ? Hash(text) : Hash(raw.Title + "\n\n" + text),
            IngestedAt = now,
            SizeBytes = raw.SizeBytes > 0 ? raw.SizeBytes : Encoding.UTF8.GetByteCount(text),
        };
        return article with { Events = events.Extract(article) };
    }

    /// <summary>The article with its sentences' temporal expressions and its events recomputed by the current rules.</summary>
    public Article Retag(Article article)
    {
        var retagged = article with
        {
            Sentences = article.Sentences
                .Select(s => s with { Times = tagger.Tag(s.TextOf(article), article.Published.Value) })
                .ToList(),
        };
        return retagged with { Events = events.Extract(retagged) };
    }

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static void AddMetadataCues(RawArticle raw, List<DateCue> cues)
    {
        if (raw.Published is { } published)
        {
            cues.Add(DateCue.Full(DateCueKind.Metadata, published, raw.PublishedText ?? published.ToString("yyyy-MM-dd")));
        }

        cues.AddRange(raw.MetadataCues);

        if (raw.Url is { } url && LinePatterns.UrlDate().Match(url) is { Success: true } m
            && DateMention.IsValid(int.Parse(m.Groups["y"].ValueSpan), int.Parse(m.Groups["m"].ValueSpan), int.Parse(m.Groups["d"].ValueSpan)))
        {
            var date = new DateOnly(int.Parse(m.Groups["y"].ValueSpan), int.Parse(m.Groups["m"].ValueSpan), int.Parse(m.Groups["d"].ValueSpan));
            cues.Add(DateCue.Full(DateCueKind.Url, date, url));
        }

        if (raw.Dateline is { } dateline && DatelineCue(dateline) is { } cue)
        {
            cues.Add(cue);
        }
    }

    private static DateCue? DatelineCue(string dateline)
    {
        if (DateMentionFinder.FindFirstWithOrWithoutYear(dateline) is not { } mention)
        {
            return null;
        }

        return new DateCue(DateCueKind.Dateline, mention.Date, dateline.Trim(), mention.Month, mention.Day);
    }

    private sealed record Paragraph(TextSpan Span, bool IsHeading);

    private sealed record Layout(string? Title, string? Outlet, List<Paragraph> Paragraphs);

    private static Layout ReadLayout(string text, string? knownTitle, List<DateCue> cues)
    {
        var lines = LineSpans(text);
        string? title = knownTitle is null ? null : NormalizeSpace(knownTitle);
        bool titleFound = !string.IsNullOrWhiteSpace(title);
        string? sourceOutlet = null, datelineOutlet = null, tagOutlet = null, idOutlet = null;
        var paragraphs = new List<Paragraph>();
        bool seenBody = false;
        int bodyParagraphs = 0;

        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i].Slice(text);
            if (!titleFound)
            {
                if (LinePatterns.Header().Match(line) is { Success: true } header && !cues.Any(c => c.Kind == DateCueKind.Header)
                    && DateOnly.TryParseExact(header.Groups["date"].Value, "yyyy-MM-dd", out DateOnly headerDate))
                {
                    cues.Add(DateCue.Full(DateCueKind.Header, headerDate, line.Trim()));
                    continue;
                }

                if (StandaloneDate(line) is { } clock)
                {
                    // Above the headline, a date with a time of day is the site's clock; a plain date is a dateline-style
                    // byline; "Updated ..." says when the page last changed.
                    cues.Add(DateCue.Full(IsUpdate(line) ? DateCueKind.Updated : clock.HasTime ? DateCueKind.PageClock : DateCueKind.Byline, clock.Date!.Value, line.Trim()));
                    continue;
                }

                title = NormalizeSpace(line);
                if (i + 1 < lines.Count)
                {
                    string next = NormalizeSpace(lines[i + 1].Slice(text));
                    if (next.Length >= 12 && title.Length > next.Length && title.EndsWith(next, StringComparison.Ordinal))
                    {
                        // Navigation glued to the headline ("NewsU.S. and Russia ..."): the next line is the clean headline.
                        title = next;
                        i++;
                    }
                }

                titleFound = true;
                continue;
            }

            if (LinePatterns.Trailer().IsMatch(line))
            {
                break;
            }

            if (LinePatterns.Furniture().IsMatch(line))
            {
                continue;
            }

            if (StandaloneDate(line) is { } byline)
            {
                // Under a standfirst a date is still the byline, unless more dated lines follow: then it heads the first
                // entry of a list or timeline ("JUNE 1, 2024" after one paragraph of introduction).
                if (bodyParagraphs == 0 || (bodyParagraphs < BylineDepth && !DatedLineFollows(lines, i + 1, text)))
                {
                    cues.Add(DateCue.Full(IsUpdate(line) ? DateCueKind.Updated : DateCueKind.Byline, byline.Date!.Value, line.Trim()));
                    continue;
                }

                // Deep in the body a date on a line of its own heads an entry of a list or a timeline ("JUNE 1,
                // 2024"): kept as a heading, not taken for when the article was written.
                paragraphs.Add(new Paragraph(lines[i], IsHeading: true));
                continue;
            }

            if (LinePatterns.ArticleId().Match(line) is { Success: true } id)
            {
                if (DateInId(id.Groups["digits"].Value) is { } idDate)
                {
                    cues.Add(DateCue.Full(DateCueKind.ArticleId, idDate, line.Trim()));
                }

                idOutlet ??= id.Groups["outlet"].Value;
                continue;
            }

            if (LinePatterns.SourceLine().Match(line) is { Success: true } source)
            {
                sourceOutlet ??= source.Groups["outlet"].Value.Trim();
                continue;
            }

            if (LinePatterns.Caption().IsMatch(line) || string.Equals(NormalizeSpace(line), title, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // A list number on a line of its own ("3." above the entry it numbers) is kept as a heading, not a sentence.
            bool heading = (!LinePatterns.EndsLikeSentence(line) && WordCount(line) <= MaxHeadingWords) || LinePatterns.ListNumber().IsMatch(line);
            if (!heading && !seenBody)
            {
                seenBody = true;
                if (LinePatterns.Dateline().Match(line) is { Success: true } dateline)
                {
                    if (DatelineCue(dateline.Value) is { } cue)
                    {
                        cues.Add(cue);
                    }

                    datelineOutlet = dateline.Groups["outlet"].Success ? dateline.Groups["outlet"].Value.Trim() : null;
                }
                else if (LinePatterns.OutletTag().Match(line) is { Success: true } tag)
                {
                    tagOutlet = tag.Groups["outlet"].Value.Trim();
                }
            }

            paragraphs.Add(new Paragraph(lines[i], heading));
            if (!heading)
            {
                bodyParagraphs++;
            }
        }

        return new Layout(title, sourceOutlet ?? datelineOutlet ?? tagOutlet ?? idOutlet, paragraphs);
    }

    private List<Sentence> SplitSentences(string text, List<Paragraph> paragraphs, DateOnly? published)
    {
        var sentences = new List<Sentence>();
        for (int p = 0; p < paragraphs.Count; p++)
        {
            if (paragraphs[p].IsHeading)
            {
                continue;
            }

            foreach (TextSpan span in SentenceSplitter.Split(text, paragraphs[p].Span))
            {
                if (span.Length < 2)
                {
                    continue;
                }

                var times = tagger.Tag(span.Slice(text), published);
                sentences.Add(new Sentence(sentences.Count, p, span.Start, span.End, times));
            }
        }

        return sentences;
    }

    /// <summary>
    /// Body paragraphs before which a date on a line of its own is the byline: it sits under the headline, or under a
    /// standfirst; further down it heads a list entry.
    /// </summary>
    private const int BylineDepth = 2;

    /// <summary>A date line that says when the page was last changed ("Updated June 28, 2026", "Last updated: ...").</summary>
    private static bool IsUpdate(string line) => UpdateLine().IsMatch(line);

    [GeneratedRegex(@"^\W*(?:last\s+)?updated\b", RegexOptions.IgnoreCase)]
    private static partial Regex UpdateLine();

    /// <summary>Whether a line from <paramref name="from"/> on says nothing but a date.</summary>
    private static bool DatedLineFollows(List<TextSpan> lines, int from, string text)
    {
        for (int j = from; j < lines.Count; j++)
        {
            if (StandaloneDate(lines[j].Slice(text)) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A line that says nothing but a date (with an optional time, weekday, "Published", "By Name |").</summary>
    internal static DateMention? StandaloneDate(string line)
    {
        if (line.Length > 120)
        {
            return null;
        }

        DateMention? mention = DateMentionFinder.FindFull(line).FirstOrDefault();
        if (mention is null)
        {
            return null;
        }

        string rest = LinePatterns.BylineWords().Replace(DateMentionFinder.StripDateParts(line), " ");
        return rest.Count(char.IsLetterOrDigit) <= 3 ? mention : null;
    }

    /// <summary>The date in an article id's eight digits, read as DDMMYYYY or YYYYMMDD when only one reading is a real date.</summary>
    internal static DateOnly? DateInId(string digits)
    {
        DateOnly? dmy = TryDate(int.Parse(digits[4..8]), int.Parse(digits[2..4]), int.Parse(digits[..2]));
        DateOnly? ymd = TryDate(int.Parse(digits[..4]), int.Parse(digits[4..6]), int.Parse(digits[6..8]));
        return (dmy, ymd) switch
        {
            ({ } a, null) => a,
            (null, { } b) => b,
            ({ } a, { } b) when a == b => a,
            _ => null,
        };
    }

    private static DateOnly? TryDate(int year, int month, int day) =>
        year is >= 1900 and <= 2199 && DateMention.IsValid(year, month, day) ? new DateOnly(year, month, day) : null;

    private static List<TextSpan> LineSpans(string text)
    {
        var spans = new List<TextSpan>();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] is '\n' or '\r')
            {
                int s = start, e = i;
                while (s < e && char.IsWhiteSpace(text[s]))
                {
                    s++;
                }

                while (e > s && char.IsWhiteSpace(text[e - 1]))
                {
                    e--;
                }

                if (e > s)
                {
                    spans.Add(new TextSpan(s, e));
                }

                start = i + 1;
            }
        }

        return spans;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")]
    private static partial System.Text.RegularExpressions.Regex Whitespace();

    /// <summary>Titles are metadata, not quotes: any run of white space (including no-break spaces) reads as one space.</summary>
    private static string NormalizeSpace(string text) => IsSpaceNormal(text) ? text : Whitespace().Replace(text, " ").Trim();

    /// <summary>
    /// Whether the text's only white space is single plain spaces between other characters, so normalising leaves it as it
    /// is: most lines are, and the check costs far less than the replacement it spares.
    /// </summary>
    private static bool IsSpaceNormal(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || i == 0 || i == text.Length - 1 || char.IsWhiteSpace(text[i + 1])))
            {
                return false;
            }
        }

        return true;
    }

    private static int WordCount(string line) => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
