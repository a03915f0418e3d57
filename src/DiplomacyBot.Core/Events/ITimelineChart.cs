namespace DiplomacyBot.Core.Events;

/// <summary>Draws a timeline as a PNG image, for the command line and for chat adapters to attach.</summary>
public interface ITimelineChart
{
    byte[] RenderPng(Timeline timeline, string title);
}
