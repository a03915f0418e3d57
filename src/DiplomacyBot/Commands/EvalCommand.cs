using System.CommandLine;
using DiplomacyBot.Core.Time;
using DiplomacyBot.Core.Time.Evaluation;

namespace DiplomacyBot.Commands;

/// <summary><c>eval timex DIR</c>: score the temporal tagger on TimeML files (TempEval-3 measures).</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("dir") { Description = "A folder of TimeML (.tml) files, searched recursively" };
        var timex = new Command("timex", "Score the temporal tagger on TimeML files: strict and relaxed span P/R/F1, type accuracy, value F1") { dir };
        timex.SetAction(parse =>
        {
            string folder = parse.GetValue(dir)!;
            if (!Directory.Exists(folder))
            {
                Console.Error.WriteLine($"error: {folder}: no such folder");
                return 2;
            }

            TimexEvaluationResult result = TimexEvaluator.EvaluateDirectory(folder, new TemporalTagger());
            Console.Out.Write(result.ToReport());
            return 0;
        });

        var command = new Command("eval", "Evaluate the bot: eval timex DIR");
        command.Subcommands.Add(timex);
        return command;
    }
}
