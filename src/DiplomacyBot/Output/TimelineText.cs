using System.Text;
using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Events;
using DiplomacyBot.Core.Storage;

namespace DiplomacyBot.Output;

/// <summary>Renders a timeline for a terminal: dated events in order, then the undated ones, each with its quotes.</summary>
public static class TimelineText
{
    public static string Render(Timeline timeline, IArticleStore store)
    {
        var text = new StringBuilder();
        if (timeline.Events.Count == 0 && timeline.Undated.Count == 0)
        {
            return "No dated events found in the stored articles for that topic and period.\n";
        }

        foreach (TimelineEvent e in timeline.Events)
        {
            Append(text, e, store);
        }

        if (timeline.Undated.Count > 0)
        {
            text.AppendLine("Not placed in time:");
            text.AppendLine();
            foreach (TimelineEvent e in timeline.Undated)
            {
                Append(text, e, store);
            }
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, TimelineEvent e, IArticleStore store)
    {
        text.Append(e.DateDescription).Append(" — ").Append(e.Summary).Append(" (").Append(e.Status.ToString().ToLowerInvariant()).AppendLine(")");
        if (e.ConflictingDates.Count > 0)
        {
            text.Append("  conflicting dates reported: ").AppendLine(string.Join(", ", e.ConflictingDates.Select(Core.Time.TimexDescriber.Describe)));
        }

        foreach (Citation c in EventCitations.For(e, store).Take(3))
        {
            text.Append("  > ").AppendLine(c.Quote);
            text.Append("    — ").Append(c.Title).Append(" · ").Append(c.Outlet ?? "unknown outlet").Append(" · ").AppendLine(DateText.Published(c.Published));
        }

        text.AppendLine();
    }
}
