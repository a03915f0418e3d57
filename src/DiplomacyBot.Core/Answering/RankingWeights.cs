using System.Text.Json;
using System.Text.Json.Nodes;

namespace DiplomacyBot.Core.Answering;

/// <summary>
/// How much each feature of a candidate sentence counts towards its score, and the coverage below which the best
/// candidate is not an answer: one set for answering with sentence vectors ("hybrid"), one without ("lexical").
/// Fitted by <c>eval fit</c> on the development sets' tuning questions and shipped as the data file
/// <c>ranking-weights.json</c> in this assembly; <c>Answer:WeightsPath</c> names another such file.
/// </summary>
public sealed record RankingWeights(IReadOnlyList<double> Weights, double MinCoverage)
{
    /// <summary>
    /// The features, in the order of <see cref="Weights"/>: BM25 score relative to the best; share of the question's
    /// concepts in the sentence's words; fit to the question type, tense and asked event; recency; named things
    /// missing; period met; nearness in meaning relative to the other nearest sentences; the same times the square of
    /// the share of the question no candidate holds in words; similarity placed between the model's floor and full.
    /// </summary>
    public static readonly IReadOnlyList<string> Features = ["bm25", "words", "fit", "recency", "names", "period", "nearest", "nearest_unsaid", "meaning"];

    public const string ResourceName = "DiplomacyBot.Core.Answering.ranking-weights.json";

    public double Score(IReadOnlyList<double> features) => Weigh(Weights, features);

    /// <summary>The weighted sum of the features (as far as both lists go).</summary>
    public static double Weigh(IReadOnlyList<double> weights, IReadOnlyList<double> features)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(features);
        double score = 0;
        for (int i = 0; i < features.Count && i < weights.Count; i++)
        {
            score += weights[i] * features[i];
        }

        return score;
    }

    /// <summary>The shipped weights for answering with (<paramref name="vectors"/>) or without sentence vectors.</summary>
    public static RankingWeights Default(bool vectors) => vectors ? Shipped.Value.Hybrid : Shipped.Value.Lexical;

    private static readonly Lazy<(RankingWeights Hybrid, RankingWeights Lexical)> Shipped = new(() => Parse(EmbeddedData.Read(ResourceName), ResourceName));

    /// <summary>Reads a weights file; a clear error names the file and what is wrong with it.</summary>
    public static (RankingWeights Hybrid, RankingWeights Lexical) Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{path}: the ranking weights cannot be read ({ex.Message})", ex);
        }

        return Parse(text, path);
    }

    public static (RankingWeights Hybrid, RankingWeights Lexical) Parse(string json, string source)
    {
        try
        {
            JsonNode root = JsonNode.Parse(json) ?? throw new InvalidDataException("empty");
            var features = root["features"]?.AsArray().Select(f => f?.GetValue<string>()).ToList() ?? throw new InvalidDataException("no \"features\"");
            if (!features.SequenceEqual(Features))
            {
                throw new InvalidDataException($"\"features\" must be [{string.Join(", ", Features)}]");
            }

            return (Set(root, "hybrid"), Set(root, "lexical"));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or InvalidDataException or FormatException)
        {
            throw new InvalidDataException($"{source}: not a ranking weights file: {ex.Message}", ex);
        }
    }

    private static RankingWeights Set(JsonNode root, string name)
    {
        JsonNode set = root[name] ?? throw new InvalidDataException($"no \"{name}\" set");
        var weights = set["weights"]?.AsArray().Select(w => w!.GetValue<double>()).ToList() ?? throw new InvalidDataException($"\"{name}\" has no \"weights\"");
        double min = set["min_coverage"]?.GetValue<double>() ?? throw new InvalidDataException($"\"{name}\" has no \"min_coverage\"");
        if (weights.Count != Features.Count || weights.Any(w => !double.IsFinite(w)) || !double.IsFinite(min) || min is < 0 or > 1)
        {
            throw new InvalidDataException($"\"{name}\" needs {Features.Count} finite weights and a min_coverage between 0 and 1");
        }

        return new RankingWeights(weights, min);
    }

    /// <summary>A weights file holding both sets, with what they were fitted on.</summary>
    public static string Write(RankingWeights hybrid, RankingWeights lexical, JsonObject? hybridNotes = null, JsonObject? lexicalNotes = null)
    {
        JsonObject SetOf(RankingWeights w, JsonObject? notes)
        {
            var o = new JsonObject
            {
                ["weights"] = new JsonArray([.. w.Weights.Select(x => (JsonNode)JsonValue.Create(Math.Round(x, 4)))]),
                ["min_coverage"] = Math.Round(w.MinCoverage, 3),
            };
            foreach (var (key, value) in notes ?? [])
            {
                o[key] = value?.DeepClone();
            }

            return o;
        }

        var root = new JsonObject
        {
            ["features"] = new JsonArray([.. Features.Select(f => (JsonNode)JsonValue.Create(f))]),
            ["hybrid"] = SetOf(hybrid, hybridNotes),
            ["lexical"] = SetOf(lexical, lexicalNotes),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }
}
