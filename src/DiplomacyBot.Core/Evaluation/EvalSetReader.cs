using System.Text.Json;

namespace DiplomacyBot.Core.Evaluation;

/// <summary>
/// Reads a development set: JSON Lines of <c>{"q", "expect": [...], "article"}</c> (every phrase due in a right answer),
/// <c>{"q", "expect_any": [...], "article"}</c> (any one of them) or <c>{"q", "abstain": true}</c>, the latter with
/// <c>"outcome": "not_yet_reported"</c> when the articles only expect what is asked.
/// </summary>
public static class EvalSetReader
{
    public static IReadOnlyList<EvalQuestion> Read(string path)
    {
        var questions = new List<EvalQuestion>();
        int line = 0;
        foreach (string text in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(text);
                JsonElement root = doc.RootElement;
                string q = root.GetProperty("q").GetString() ?? throw new FormatException("\"q\" is empty");
                bool abstain = root.TryGetProperty("abstain", out JsonElement a) && a.ValueKind == JsonValueKind.True;
                bool anyOf = root.TryGetProperty("expect_any", out JsonElement e) && e.ValueKind == JsonValueKind.Array;
                if (anyOf && root.TryGetProperty("expect", out _))
                {
                    throw new FormatException("has both \"expect\" and \"expect_any\"");
                }

                var expect = anyOf || (root.TryGetProperty("expect", out e) && e.ValueKind == JsonValueKind.Array)
                    ? e.EnumerateArray().Select(x => x.GetString() ?? string.Empty).Where(x => x.Length > 0).ToList()
                    : [];
                string? article = root.TryGetProperty("article", out JsonElement id) ? id.GetString() : null;
                string? type = root.TryGetProperty("type", out JsonElement t) ? t.GetString() : null;
                string? outcome = root.TryGetProperty("outcome", out JsonElement o) ? o.GetString() : null;
                if (outcome is not null && Answering.AnswerOutcomeNames.FromWireName(outcome) is null)
                {
                    throw new FormatException($"\"outcome\": \"{outcome}\" is not one of answered, not_covered, not_yet_reported, outside_period, not_a_question");
                }

                if (!abstain && expect.Count == 0)
                {
                    throw new FormatException("needs \"expect\" or \"expect_any\" phrases, or \"abstain\": true");
                }

                questions.Add(new EvalQuestion(q, type, expect, article, abstain, line)
                {
                    Split = root.TryGetProperty("split", out JsonElement split) ? split.GetString() : null,
                    Corpus = root.TryGetProperty("corpus", out JsonElement corpus) ? corpus.GetString() : null,
                    Outcome = Answering.AnswerOutcomeNames.FromWireName(outcome),
                    AnyOf = anyOf,
                });
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
            {
                throw new FormatException($"{path}:{line}: {ex.Message}", ex);
            }
        }

        return questions;
    }
}
