namespace DiplomacyBot.Testing;

/// <summary>The finished run of the real command-line program in a child process.</summary>
public sealed record BotRun(int ExitCode, string StdOut, string StdErr);
