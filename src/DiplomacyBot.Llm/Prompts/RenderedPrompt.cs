namespace DiplomacyBot.Llm.Prompts;

/// <summary>A prompt with every placeholder filled: the system message and the user message.</summary>
public sealed record RenderedPrompt(string Name, string System, string User);
