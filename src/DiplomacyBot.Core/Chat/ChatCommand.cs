using System.Globalization;
using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Chat;

/// <summary>
/// A parsed chat message: <c>ask [as of YYYY-MM-DD] &lt;question&gt;</c>, <c>timeline [topic] [from] [to]</c>, <c>sources</c>, <c>latest</c>,
/// <c>help</c>, and the admin commands <c>ingest &lt;url&gt;</c>, <c>feeds ...</c>, <c>reindex</c>; anything else is a
/// question. The text is plain: each chat adapter has already taken out its platform's markup and the bot's mention.
/// </summary>
public sealed partial record ChatCommand(ChatCommandKind Kind, string Argument, string? Topic = null, DateOnly? From = null, DateOnly? To = null)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];

    public static ChatCommand Parse(string text)
    {
        string body = (text ?? string.Empty).Trim();
        int space = body.IndexOfAny([' ', '\t', '\n']);
        string head = (space < 0 ? body : body[..space]).ToLowerInvariant();
        string rest = space < 0 ? string.Empty : body[(space + 1)..].Trim();
        return head switch
        {
            "ask" => Ask(rest),
            "timeline" => Timeline(rest),
            "sources" when rest.Length == 0 => new ChatCommand(ChatCommandKind.Sources, rest),
            "latest" when rest.Length == 0 => new ChatCommand(ChatCommandKind.Latest, rest),
            "help" or "" => new ChatCommand(ChatCommandKind.Help, rest),
            "ingest" when rest.Length > 0 && !rest.Any(char.IsWhiteSpace) => new ChatCommand(ChatCommandKind.Ingest, rest),
            "feeds" when rest.Length == 0 || FeedsVerb().IsMatch(rest) => new ChatCommand(ChatCommandKind.Feeds, rest),
            "reindex" when rest.Length == 0 => new ChatCommand(ChatCommandKind.Reindex, rest),
            _ => Ask(body),
        };
    }

    /// <summary>The day a question is asked as of, when it starts "as of YYYY-MM-DD" or "--as-of YYYY-MM-DD".</summary>
    public DateOnly? AsOf { get; init; }

    private static ChatCommand Ask(string text) =>
        AsOfPrefix().Match(text) is { Success: true } m && Answering.AsOfDay.TryParse(m.Groups["day"].Value, out DateOnly day)
            ? new ChatCommand(ChatCommandKind.Ask, text[m.Length..].Trim()) { AsOf = day }
            : new ChatCommand(ChatCommandKind.Ask, text);

    [GeneratedRegex(@"^(?:--as-of\s+|as\s+of\s+)(?<day>\d{4}-\d{2}-\d{2})\b[:,]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex AsOfPrefix();

    /// <summary>Dates are the words that parse as YYYY-MM-DD, YYYY-MM or YYYY (the first is "from", the second "to"); the other words are the topic.</summary>
    private static ChatCommand Timeline(string rest)
    {
        var topic = new List<string>();
        var dates = new List<DateOnly>();
        foreach (string word in rest.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (dates.Count < 2 && DateOnly.TryParseExact(word, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
            {
                dates.Add(date);
            }
            else
            {
                topic.Add(word);
            }
        }

        return new ChatCommand(
            ChatCommandKind.Timeline,
            rest,
            topic.Count == 0 ? null : string.Join(' ', topic),
            dates.Count > 0 ? dates[0] : null,
            dates.Count > 1 ? dates[1] : null);
    }

    [GeneratedRegex(@"^(list|add|remove)(\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex FeedsVerb();
}
