using System.Globalization;
using System.Text;
using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Timelines;

namespace DiplomacyBot.Output;

/// <summary>
/// <c>timeline --dates N</c> as text and as JSON. The JSON keeps the timeline contract (events with date, precision,
/// status, summary and citations, and an undated list), each event a key date with the evidence it was chosen on.
/// </summary>
public static class KeyDatesOutput
{
    public static TimelineJson ToJson(IReadOnlyList<KeyDate> dates) => new(
        dates.Select((d, i) => new TimelineEventJson(
            $"d{i + 1}",
            Day(d.Day),
            DateText.Day(d.Day),
            "day",
            null,
            null,
            [],
            "reported",
            "key_date",
            null,
            null,
            [],
            Summary(d),
            d.Citations().Select(CitationJson.From).ToList())).ToList(),
        []);

    public static string Render(IReadOnlyList<KeyDate> dates, string? topic)
    {
        var text = new StringBuilder();
        if (dates.Count == 0)
        {
            return $"No dates{(topic is null ? string.Empty : $" about \"{topic}\"")} in the stored articles.\n";
        }

        text.AppendLine($"{Core.Text.Counted.Of(dates.Count, "key date")}{(topic is null ? string.Empty : $" about \"{topic}\"")}, {DateText.Day(dates[0].Day)} to {DateText.Day(dates[^1].Day)}:");
        foreach (KeyDate date in dates)
        {
            text.AppendLine();
            text.AppendLine($"{DateText.Day(date.Day)}  ({Core.Text.Counted.Of(date.Published, "report")} that day, named in {Core.Text.Counted.Of(date.Mentions, "sentence")})");
            foreach (Citation citation in date.Citations())
            {
                text.AppendLine($"  > {citation.Quote}");
                text.AppendLine($"  — {citation.Title} · {citation.Outlet ?? "unknown outlet"} · {DateText.WithBasis(citation.Published, citation.DateBasis)}");
            }
        }

        return text.ToString();
    }

    /// <summary>The day's first sentence, shortened to a line: what the chat lists beside the date.</summary>
    public static string Summary(KeyDate date) => date.Sentences.Count == 0 ? string.Empty : Core.Text.Shortened.To(date.Sentences[0].Text.Trim(), 200);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
