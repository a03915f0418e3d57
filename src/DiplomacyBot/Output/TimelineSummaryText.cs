using System.Text;
using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Events;

namespace DiplomacyBot.Output;

/// <summary>Renders a timeline narrative: the sentences with numbered citations, then each numbered quote with its title, outlet and date.</summary>
public static class TimelineSummaryText
{
    public static string Render(TimelineSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.Claims.Count == 0)
        {
            return "Summary: no event is reported clearly enough to summarise.\n";
        }

        var numbers = new Dictionary<(string, int, int), int>();
        var sources = new List<Citation>();
        var text = new StringBuilder(summary.GeneratedBy == "llm" ? "Summary (written by the language model; every sentence cited):\n" : "Summary (from the events; every sentence cited):\n");
        var sentences = new List<string>();
        foreach (SummaryClaim claim in summary.Claims)
        {
            var marks = new List<int>();
            foreach (Citation c in claim.Citations)
            {
                if (!numbers.TryGetValue((c.ArticleId, c.Start, c.End), out int n))
                {
                    sources.Add(c);
                    n = sources.Count;
                    numbers[(c.ArticleId, c.Start, c.End)] = n;
                }

                marks.Add(n);
            }

            string cite = $" [{string.Join(", ", marks)}]";
            sentences.Add(claim.Text.EndsWith('.') ? claim.Text[..^1] + cite + "." : claim.Text + cite);
        }

        text.Append("  ").AppendLine(string.Join(' ', sentences));
        text.AppendLine();
        for (int i = 0; i < sources.Count; i++)
        {
            Citation c = sources[i];
            text.Append("  [").Append(i + 1).Append("] > ").AppendLine(c.Quote);
            text.Append("      \u2014 ").Append(c.Title).Append(" \u00B7 ").Append(c.Outlet ?? "unknown outlet").Append(" \u00B7 ").AppendLine(DateText.Published(c.Published));
        }

        return text.ToString();
    }
}
