using DiplomacyBot.Core.Events;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace DiplomacyBot.Output;

/// <summary>
/// Draws a timeline with ScottPlot: one row per placed event, a marker on its date (a bar across a month or season),
/// a dashed span between the bounds of an event known only to lie between two reports. Held events are blue, planned
/// ones orange, others grey. Each row is named by the event's number, date and status; the legend under the chart
/// gives every summary in full (wrapped, never cut), and the title names the subject and the span.
/// </summary>
public sealed class TimelineChart : ITimelineChart
{
    public const int Width = 1000;

    /// <summary>Characters of a summary on one line of the legend; longer ones wrap, never cut.</summary>
    private const int LegendLine = 110;

    /// <summary>Pixels a legend line takes, and the room between entries, at ScottPlot's default legend font.</summary>
    private const int LegendLineHeight = 22, LegendEntrySpacing = 8;

    public byte[] RenderPng(Timeline timeline, string title)
    {
        var plot = new Plot();
        var events = timeline.Events;
        plot.Title(events.Count == 0 ? title : $"{title}, {Day(events.Min(e => Span(e).First))} to {Day(events.Max(e => Span(e).Last))}");
        plot.Axes.DateTimeTicksBottom().TickGenerator = new DateTimeAutomatic
        {
            LabelFormatter = Day,
        };
        var rows = new NumericManual();
        int legendLines = 0;
        for (int i = 0; i < events.Count; i++)
        {
            TimelineEvent e = events[i];
            double y = events.Count - i;
            Color color = e.Status switch
            {
                EventStatus.Held => Colors.SteelBlue,
                EventStatus.Planned => Colors.DarkOrange,
                _ => Colors.Gray,
            };
            var (first, last, bounded) = Span(e);
            if (first == last)
            {
                // A day, or an event known only to precede (or follow) one report: an open marker for the latter.
                var marker = plot.Add.Marker(first.ToOADate(), y);
                marker.Color = color;
                marker.Size = 12;
                marker.Shape = bounded ? MarkerShape.OpenCircle : MarkerShape.FilledCircle;
            }
            else
            {
                var line = plot.Add.Line(first.ToOADate(), y, last.ToOADate(), y);
                line.Color = color;
                line.LineWidth = bounded ? 2 : 8;
                line.LinePattern = bounded ? LinePattern.Dashed : LinePattern.Solid;
            }

            // The row names the event by number, date and status; its whole summary is in the legend under the chart.
            rows.AddMajor(y, $"{i + 1}. {e.DateDescription} · {e.Status.ToString().ToLowerInvariant()}");
            string wrapped = Wrap($"{i + 1}. {e.Summary}", LegendLine);
            legendLines += wrapped.Count(c => c == '\n') + 1;
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = wrapped,
                MarkerShape = MarkerShape.FilledCircle,
                MarkerSize = 10,
                MarkerFillColor = color,
                MarkerLineColor = color,
            });
        }

        plot.Axes.Left.TickGenerator = rows;
        if (events.Count > 0)
        {
            // The axis ends at the last event, with a little room on either side for its marker.
            double min = events.Min(e => Span(e).First.ToOADate()), max = events.Max(e => Span(e).Last.ToOADate());
            double pad = Math.Max(2, (max - min) * 0.03);
            plot.Axes.SetLimits(min - pad, max + pad, 0, events.Count + 1);
            plot.ShowLegend(Edge.Bottom);
            plot.Legend.Orientation = Orientation.Vertical;
        }

        // The rows take 40 pixels each; the legend under them a line height each line and some room each entry.
        return plot.GetImageBytes(Width, Math.Max(300, 160 + (events.Count * (40 + LegendEntrySpacing)) + (legendLines * LegendLineHeight)), ImageFormat.Png);
    }

    /// <summary>The text in lines of at most <paramref name="width"/> characters, broken between words.</summary>
    public static string Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        return string.Join('\n', lines);
    }

    private static string Day(DateTime day) => day.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private static (DateTime First, DateTime Last, bool Bounded) Span(TimelineEvent e)
    {
        if (e.DateValue is not null && Core.Time.TimexDescriber.TryGetRange(e.DateValue, out DateOnly first, out DateOnly last))
        {
            return (first.ToDateTime(TimeOnly.MinValue), last.ToDateTime(TimeOnly.MinValue), false);
        }

        DateOnly from = e.After ?? e.Before!.Value, to = e.Before ?? e.After!.Value;
        return (from.ToDateTime(TimeOnly.MinValue), to.ToDateTime(TimeOnly.MinValue), true);
    }
}
