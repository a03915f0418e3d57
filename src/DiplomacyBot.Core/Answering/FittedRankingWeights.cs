namespace DiplomacyBot.Core.Answering;

/// <summary>The ranking weights and abstention thresholds fitted for answering with sentence vectors and without.</summary>
public sealed record FittedRankingWeights(RankingWeights Hybrid, RankingWeights Lexical)
{
    /// <summary>From <c>Answer:WeightsPath</c> when set, else the weights shipped with the program.</summary>
    public static FittedRankingWeights For(AnswerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        (RankingWeights hybrid, RankingWeights lexical) = options.WeightsPath is { Length: > 0 } path
            ? RankingWeights.Load(path)
            : (RankingWeights.Default(vectors: true), RankingWeights.Default(vectors: false));
        return new(hybrid, lexical);
    }
}
