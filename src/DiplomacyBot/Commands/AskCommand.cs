using System.CommandLine;
using DiplomacyBot.Core.Answering;
using DiplomacyBot.Output;

namespace DiplomacyBot.Commands;

/// <summary><c>ask "QUESTION"</c>, <c>ask --json "QUESTION"</c>, and <c>ask --json -</c> for one question per stdin line.</summary>
public static class AskCommand
{
    public static Command Create()
    {
        var question = new Argument<string>("question") { Description = "The question, or - to read one question per line from stdin" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per answer" };
        var command = new Command("ask", "Answer a question from the stored articles, with verbatim, dated quotes") { question, json };
        command.SetAction(parse => CommandLine.Run(parse, seed: true, context =>
        {
            string text = parse.GetValue(question) ?? string.Empty;
            bool asJson = parse.GetValue(json);
            IEnumerable<string> questions = text == "-" ? ReadLines(Console.In) : [text];
            foreach (string q in questions)
            {
                Answer answer = context.Answerer.Ask(q);
                Console.Out.WriteLine(asJson ? Json.Serialize(AnswerJson.From(answer)) : AnswerText.Render(answer));
                Console.Out.Flush();
            }

            return 0;
        }));
        return command;
    }

    private static IEnumerable<string> ReadLines(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return line;
            }
        }
    }
}
