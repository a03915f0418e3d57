using System.Globalization;
using System.Text;
using System.Text.Json;

namespace DiplomacyBot.Benchmarks;

/// <summary>
/// A deterministic corpus of long web pages built from a JSON Lines corpus: consecutive stories are joined into pages
/// of about <see cref="PageChars"/> characters, laid out as a saved news page is (a headline, a byline with its date, the
/// stories' paragraphs under their own headings, advertisement and sharing lines between them, and a related-content
/// block at the end), one <c>.txt</c> file a page.
/// </summary>
public static class WebCorpus
{
    /// <summary>The length a page grows to before the next one starts.</summary>
    public const int PageChars = 10_000;

    /// <summary>Writes up to <paramref name="pages"/> pages into <paramref name="folder"/>; returns how many were written.</summary>
    public static int Write(string source, string folder, int pages)
    {
        Directory.CreateDirectory(folder);
        int written = 0;
        Page? page = null;
        foreach (string line in File.ReadLines(source))
        {
            if (written >= pages)
            {
                break;
            }

            if (Story.Read(line) is not { } story)
            {
                continue;
            }

            page ??= new Page(story);
            page.Add(story);
            if (page.Length >= PageChars)
            {
                page.WriteTo(Path.Combine(folder, $"page-{written + 1:D5}.txt"));
                written++;
                page = null;
            }
        }

        if (page is not null && written < pages)
        {
            page.WriteTo(Path.Combine(folder, $"page-{written + 1:D5}.txt"));
            written++;
        }

        if (written == 0)
        {
            throw new InvalidDataException($"{source}: no stories to build web pages from");
        }

        return written;
    }

    private sealed record Story(string Title, DateOnly? Published, string Body)
    {
        public static Story? Read(string line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                return null;
            }

            using JsonDocument document = JsonDocument.Parse(line);
            JsonElement root = document.RootElement;
            string? body = Text(root, "body");
            if (string.IsNullOrWhiteSpace(body))
            {
                return null;
            }

            DateOnly? published = Text(root, "published") is { } value
                && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset date)
                ? DateOnly.FromDateTime(date.UtcDateTime)
                : null;
            return new Story(Text(root, "title") ?? "Untitled", published, body.Trim());
        }

        private static string? Text(JsonElement root, string name) =>
            root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }

    private sealed class Page(Story first)
    {
        private readonly StringBuilder _text = new();
        private readonly List<string> _titles = [];

        public int Length => _text.Length;

        public void Add(Story story)
        {
            if (_titles.Count > 0)
            {
                _text.Append("Advertisement\n\n").Append(Heading(story.Title)).Append("\n\n");
            }

            _titles.Add(story.Title);
            _text.Append(story.Body).Append("\n\n");
        }

        public void WriteTo(string path)
        {
            var page = new StringBuilder();
            page.Append(Heading(first.Title)).Append('\n');
            if (first.Published is { } published)
            {
                page.Append("Published ").Append(published.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)).Append('\n');
            }

            page.Append("By Staff Reporters | World Desk\n\n").Append(_text).Append("Share this article\n\nRelated content:\n\n");
            foreach (string title in _titles.Skip(1).Take(3))
            {
                page.Append(Heading(title)).Append('\n');
            }

            File.WriteAllText(path, page.ToString(), new UTF8Encoding(false));
        }

        /// <summary>A wire headline ("BAHIA COCOA REVIEW") as a web page sets it: "Bahia Cocoa Review".</summary>
        private static string Heading(string title) =>
            string.Join(' ', title.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.Length > 1 && w.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? w[0] + w[1..].ToLowerInvariant() : w));
    }
}
