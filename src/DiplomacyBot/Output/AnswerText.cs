using System.Text;
using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Output;

/// <summary>Renders an answer for a terminal: the lead, then each quote with title, outlet, date and source.</summary>
public static class AnswerText
{
    public static string Render(Answer answer)
    {
        var text = new StringBuilder();
        text.AppendLine(answer.Lead);
        foreach (Citation c in answer.Citations)
        {
            text.AppendLine();
            text.Append("  > ").AppendLine(c.Quote);
            text.Append("  \u2014 ").Append(c.Title);
            text.Append(" \u00B7 ").Append(c.Outlet ?? "unknown outlet");
            text.Append(" \u00B7 ").AppendLine(DateText.WithBasis(c.Published, c.DateBasis));
            text.Append("    ").AppendLine(c.Source);
        }

        return text.ToString();
    }
}
