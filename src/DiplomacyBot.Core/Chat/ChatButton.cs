using System.Globalization;
using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Chat;

/// <summary>
/// What a button says when clicked, as the platforms carry it (a Slack button's value, a Discord component's
/// custom_id): <c>helpful:ID</c>, <c>not_helpful:ID</c>, <c>more:ID:PAGE</c>, <c>share:ID</c>, the id being an
/// answer's. Values come back from the wire and are read strictly: anything else is no button of ours.
/// </summary>
public sealed partial record ChatButton(ChatActionKind Kind, string AnswerId, int Page = 0)
{
    public const int MaxLength = 64;
    public const int MaxPage = 99;

    public string Encode() => Kind switch
    {
        ChatActionKind.Helpful => $"helpful:{AnswerId}",
        ChatActionKind.NotHelpful => $"not_helpful:{AnswerId}",
        ChatActionKind.MoreSources => $"more:{AnswerId}:{Page.ToString(CultureInfo.InvariantCulture)}",
        _ => $"share:{AnswerId}",
    };

    public static bool TryParse(string? value, out ChatButton button)
    {
        button = new ChatButton(ChatActionKind.Helpful, string.Empty);
        if (value is null || value.Length > MaxLength || Wire().Match(value) is not { Success: true } m)
        {
            return false;
        }

        bool paged = m.Groups["page"].Success;
        ChatActionKind? kind = m.Groups["kind"].Value switch
        {
            "helpful" when !paged => ChatActionKind.Helpful,
            "not_helpful" when !paged => ChatActionKind.NotHelpful,
            "share" when !paged => ChatActionKind.Share,
            "more" when paged => ChatActionKind.MoreSources,
            _ => null,
        };
        if (kind is null)
        {
            return false;
        }

        int page = paged ? int.Parse(m.Groups["page"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) : 0;
        button = new ChatButton(kind.Value, m.Groups["id"].Value, page);
        return page <= MaxPage;
    }

    /// <summary>A new answer id: 32 lowercase hex digits.</summary>
    public static string NewAnswerId() => Guid.NewGuid().ToString("N");

    [GeneratedRegex(@"^(?<kind>helpful|not_helpful|more|share):(?<id>[0-9a-f]{32})(?::(?<page>[0-9]{1,2}))?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Wire();
}
