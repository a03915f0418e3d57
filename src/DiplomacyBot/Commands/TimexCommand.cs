using System.CommandLine;
using System.Globalization;
using DiplomacyBot.Core.Time;
using DiplomacyBot.Output;

namespace DiplomacyBot.Commands;

/// <summary><c>timex --dct YYYY-MM-DD [FILE|-]</c>: tag plain text, one JSON object per temporal expression.</summary>
public static class TimexCommand
{
    public static Command Create()
    {
        var dct = new Option<string?>("--dct") { Description = "The document creation time (reference date), YYYY-MM-DD; without it relative expressions stay unresolved" };
        var file = new Argument<string?>("file") { Description = "A text file, or - (or nothing) for stdin", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("timex", CommandLine.WithExamples("Find and resolve temporal expressions in plain text (TIMEX3 values)",
            "timex --dct 2025-04-30 article.txt",
            "timex --dct 2025-04-30 - < article.txt")) { dct, file };
        command.SetAction(parse =>
        {
            DateOnly? reference = null;
            if (parse.GetValue(dct) is { Length: > 0 } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly parsed))
                {
                    Console.Error.WriteLine($"error: --dct expects a date such as 2025-04-30, not '{text}'");
                    return 2;
                }

                reference = parsed;
            }

            string? path = parse.GetValue(file);
            string input;
            try
            {
                input = path is null or "-" ? Console.In.ReadToEnd() : File.ReadAllText(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"error: {path}: {ex.Message}");
                return 2;
            }

            foreach (TemporalExpression t in new TemporalTagger().Tag(input, reference))
            {
                Console.Out.WriteLine(Json.Serialize(new TimexJson(t.Start, t.End, t.Text, t.Type.ToString().ToUpperInvariant(), t.Value)));
            }

            return 0;
        });
        return command;
    }

    private sealed record TimexJson(int Start, int End, string Text, string Type, string Value);
}
