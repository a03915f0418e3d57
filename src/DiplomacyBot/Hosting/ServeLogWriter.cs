using System.Text;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Hosting;

/// <summary>Turns the progress lines <see cref="BotContext"/> writes (seeding, index rebuilds) into log entries under <c>serve</c>.</summary>
public sealed partial class ServeLogWriter(ILogger logger) : TextWriter
{
    private readonly StringBuilder line = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        if (value == '\n')
        {
            Flush();
        }
        else if (value != '\r')
        {
            line.Append(value);
        }
    }

    public override void Write(string? value)
    {
        foreach (char c in value ?? string.Empty)
        {
            Write(c);
        }
    }

    public override void WriteLine(string? value)
    {
        Write(value);
        Flush();
    }

    public override void Flush()
    {
        if (line.Length > 0)
        {
            Progress(logger, line.ToString());
            line.Clear();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Progress}")]
    private static partial void Progress(ILogger logger, string progress);
}
