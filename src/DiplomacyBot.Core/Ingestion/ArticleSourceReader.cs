using System.Globalization;
using System.Text.Json;

namespace DiplomacyBot.Core.Ingestion;

/// <summary>
/// Reads articles from files and folders: plain-text articles (.txt), JSON Lines (.jsonl/.ndjson, one article per
/// line) and, given an HTML extractor, saved web pages (.html/.htm). Every unreadable input becomes an
/// <see cref="IngestProblem"/> naming the file and line; reading goes on.
/// </summary>
public sealed class ArticleSourceReader(IngestOptions options, IHtmlArticleExtractor? html = null)
{
    private static readonly string[] TextExtensions = [".txt"];
    private static readonly string[] JsonLinesExtensions = [".jsonl", ".ndjson"];
    private static readonly string[] HtmlExtensions = [".html", ".htm"];

    public IngestOptions Options => options;

    public static bool IsSupported(string path)
    {
        string ext = Path.GetExtension(path).ToLowerInvariant();
        return TextExtensions.Contains(ext) || JsonLinesExtensions.Contains(ext);
    }

    /// <summary>Whether this reader reads the file: the static list, plus .html/.htm when it has an HTML extractor.</summary>
    public bool Reads(string path) =>
        IsSupported(path) || (html is not null && HtmlExtensions.Contains(Path.GetExtension(path).ToLowerInvariant()));

    private string SupportedList => html is null ? ".txt, .jsonl or .ndjson" : ".txt, .jsonl, .ndjson, .html or .htm";

    /// <summary>The files a list of paths stands for: files as given, folders recursively (supported files only, sorted).</summary>
    public IEnumerable<(string Path, IngestProblem? Problem)> ExpandPaths(IEnumerable<string> paths) =>
        Expand(paths).Select(f => (f.Path, f.Problem));

    /// <summary>
    /// Each file with the name its articles cite it by: relative to the folder it was found in, starting with that
    /// folder's name ("articles/004_x.txt"), or a file given on its own by its file name; never the ingesting
    /// machine's absolute path.
    /// </summary>
    private IEnumerable<(string Path, string Shown, IngestProblem? Problem)> Expand(IEnumerable<string> paths)
    {
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
                string folder = Path.GetFileName(root);
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(Reads)
                    .OrderBy(f => f, StringComparer.Ordinal);
                foreach (string file in files)
                {
                    string relative = Path.GetRelativePath(root, Path.GetFullPath(file));
                    string shown = folder.Length > 0 ? Path.Join(folder, relative) : relative;
                    yield return (file, shown.Replace(Path.DirectorySeparatorChar, '/'), null);
                }
            }
            else if (File.Exists(path))
            {
                yield return Reads(path)
                    ? (path, Path.GetFileName(path), null)
                    : (path, path, new IngestProblem(path, null, $"unsupported file type '{Path.GetExtension(path)}' (expected {SupportedList})"));
            }
            else
            {
                yield return (path, path, new IngestProblem(path, null, "no such file or folder"));
            }
        }
    }

    public IEnumerable<SourceItem> Read(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        foreach (var (path, shown, problem) in Expand(paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (problem is not null)
            {
                yield return new SourceItem(null, problem);
                continue;
            }

            string ext = Path.GetExtension(path).ToLowerInvariant();
            IEnumerable<SourceItem> items = JsonLinesExtensions.Contains(ext) ? ReadJsonLines(path, cancellationToken, shown)
                : HtmlExtensions.Contains(ext) ? [ReadHtmlFile(path, shown)]
                : [ReadTextFile(path, shown)];
            foreach (SourceItem item in items)
            {
                yield return item;
            }
        }
    }

    /// <param name="shown">The name the article cites its file by (default: the file's name).</param>
    public SourceItem ReadTextFile(string path, string? shown = null)
    {
        string source = shown ?? Path.GetFileName(path);
        long length;
        try
        {
            length = new FileInfo(path).Length;
        }
        catch (IOException ex)
        {
            return SourceItem.Fail(path, null, $"cannot be read: {ex.Message}");
        }

        if (length > options.MaxArticleBytes)
        {
            return SourceItem.Fail(path, null, $"is {FormatSize(length)}, over the {FormatSize(options.MaxArticleBytes)} limit (Ingest:MaxArticleBytes)");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return SourceItem.Fail(path, null, $"cannot be read: {ex.Message}");
        }

        if (!TextDecoder.TryDecode(bytes, out string text, out string error))
        {
            return SourceItem.Fail(path, null, error);
        }

        return SourceItem.Of(new RawArticle
        {
            Source = source,
            Id = Path.GetFileNameWithoutExtension(path),
            Text = text,
            SizeBytes = bytes.Length,
        });
    }

    /// <summary>A saved web page: read within the size limit, then handed to the HTML extractor.</summary>
    public SourceItem ReadHtmlFile(string path, string? shown = null)
    {
        if (html is null)
        {
            return SourceItem.Fail(path, null, "is an HTML page, which this reader cannot extract");
        }

        try
        {
            long length = new FileInfo(path).Length;
            if (length > options.MaxArticleBytes)
            {
                return SourceItem.Fail(path, null, $"is {FormatSize(length)}, over the {FormatSize(options.MaxArticleBytes)} limit (Ingest:MaxArticleBytes)");
            }

            byte[] bytes = File.ReadAllBytes(path);
            return html.Extract(bytes, null, shown ?? Path.GetFileName(path), Path.GetFileNameWithoutExtension(path), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return SourceItem.Fail(path, null, $"cannot be read: {ex.Message}");
        }
    }

    public IEnumerable<SourceItem> ReadJsonLines(string path, CancellationToken cancellationToken = default, string? shown = null)
    {
        Stream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [SourceItem.Fail(path, null, $"cannot be read: {ex.Message}")];
        }

        return ReadJsonLines(stream, path, shown ?? Path.GetFileName(path), cancellationToken);
    }

    private IEnumerable<SourceItem> ReadJsonLines(Stream stream, string path, string source, CancellationToken cancellationToken)
    {
        using (stream)
        {
            string stem = Path.GetFileNameWithoutExtension(path);
            int lineNumber = 0, records = 0;
            foreach (ByteLine line in ByteLineReader.Read(stream, options.MaxArticleBytes))
            {
                cancellationToken.ThrowIfCancellationRequested();
                lineNumber++;
                if (line.TooLong)
                {
                    yield return SourceItem.Fail(path, lineNumber, $"is over the {FormatSize(options.MaxArticleBytes)} limit (Ingest:MaxArticleBytes)");
                    continue;
                }

                if (line.Bytes.AsSpan().Trim((byte)' ').Trim("\r\t"u8).IsEmpty)
                {
                    continue;
                }

                records++;
                if (!TextDecoder.TryDecode(line.Bytes, out string json, out string error))
                {
                    yield return SourceItem.Fail(path, lineNumber, error.Replace("is ", "the line is ", StringComparison.Ordinal));
                    continue;
                }

                yield return ParseRecord(json, path, source, stem, lineNumber, line.Bytes.Length);
            }

            if (records == 0)
            {
                yield return SourceItem.Fail(path, null, "is empty (no JSON lines)");
            }
        }
    }

    private static SourceItem ParseRecord(string json, string path, string source, string stem, int lineNumber, int size)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException ex)
        {
            return SourceItem.Fail(path, lineNumber, $"malformed JSON ({FirstSentence(ex.Message)})");
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return SourceItem.Fail(path, lineNumber, $"expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}");
            }

            string? body = Field(root, "body", "text", "content", "article", "description");
            if (string.IsNullOrWhiteSpace(body))
            {
                return SourceItem.Fail(path, lineNumber, "has no article text (expected a \"body\", \"text\" or \"content\" field)");
            }

            string? publishedText = Field(root, "published", "publishedAt", "published_at", "date", "pubDate", "datePublished");
            DateOnly? published = ParseDate(publishedText);
            string id = Field(root, "id", "guid", "article_id") is { Length: > 0 } given ? given : $"{stem}-{lineNumber}";
            return SourceItem.Of(new RawArticle
            {
                Source = $"{source}:{lineNumber}",
                Id = id,
                Text = body,
                SizeBytes = size,
                Title = Field(root, "title", "headline"),
                Url = Field(root, "url", "link"),
                Outlet = Field(root, "source", "outlet", "publisher", "site"),
                Dateline = Field(root, "dateline"),
                Published = published,
                PublishedText = published is null ? null : publishedText,
            });
        }
    }

    private static string? Field(JsonElement root, params string[] names)
    {
        foreach (string name in names)
        {
            foreach (JsonProperty property in root.EnumerateObject())
            {
                if (property.NameEquals(name) || string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return property.Value.ValueKind switch
                    {
                        JsonValueKind.String => property.Value.GetString(),
                        JsonValueKind.Number => property.Value.GetRawText(),
                        _ => null,
                    };
                }
            }
        }

        return null;
    }

    internal static DateOnly? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset stamp))
        {
            // A timestamp's calendar date is taken as written, before any shift to UTC moves it across midnight.
            return DateOnly.TryParse(text.Length >= 10 ? text[..10] : text, CultureInfo.InvariantCulture, out DateOnly written)
                ? written
                : DateOnly.FromDateTime(stamp.UtcDateTime);
        }

        return DateOnly.TryParse(text, CultureInfo.InvariantCulture, out DateOnly date) ? date : null;
    }

    private static string FirstSentence(string message)
    {
        int dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message[..dot] : message.TrimEnd('.');
    }

    public static string FormatSize(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / (1024.0 * 1024):0.#} MB"
        : bytes >= 1024 ? $"{bytes / 1024.0:0.#} KB" : $"{bytes} bytes";
}
