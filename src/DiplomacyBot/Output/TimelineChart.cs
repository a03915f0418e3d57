using DiplomacyBot.Core.Events;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace DiplomacyBot.Output;

/// <summary>
/// Draws a timeline with ScottPlot: one row per placed event, a marker on its date (a bar across a month or season),
/// a dashed span between the bounds of an event known only to lie between two reports. Held events are blue, planned
/// ones orange, others grey.
/// </summary>
public sealed class TimelineChart : ITimelineChart
{
    public const int Width = 1000;

    public byte[] RenderPng(Timeline timeline, string title)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.Axes.DateTimeTicksBottom().TickGenerator = new DateTimeAutomatic
        {
            LabelFormatter = d => d.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
        };
        var rows = new NumericManual();
        var events = timeline.Events;
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

            var label = plot.Add.Text($"{e.DateDescription} · {e.Status.ToString().ToLowerInvariant()}", last.ToOADate(), y);
            label.LabelFontSize = 11;
            label.LabelAlignment = Alignment.MiddleLeft;
            label.LabelOffsetX = 8;
            rows.AddMajor(y, Shorten(e.Summary, 40));
        }

        plot.Axes.Left.TickGenerator = rows;
        if (events.Count > 0)
        {
            double min = events.Min(e => Span(e).First.ToOADate()), max = events.Max(e => Span(e).Last.ToOADate());
            double pad = Math.Max(20, (max - min) * 0.1);
            plot.Axes.SetLimits(min - pad, max + (pad * 6), 0, events.Count + 1);
        }

        return plot.GetImageBytes(Width, Math.Max(300, 120 + (events.Count * 45)), ImageFormat.Png);
    }

    private static (DateTime First, DateTime Last, bool Bounded) Span(TimelineEvent e)
    {
        if (e.DateValue is not null && Core.Time.TimexDescriber.TryGetRange(e.DateValue, out DateOnly first, out DateOnly last))
        {
            return (first.ToDateTime(TimeOnly.MinValue), last.ToDateTime(TimeOnly.MinValue), false);
        }

        DateOnly from = e.After ?? e.Before!.Value, to = e.Before ?? e.After!.Value;
        return (from.ToDateTime(TimeOnly.MinValue), to.ToDateTime(TimeOnly.MinValue), true);
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
