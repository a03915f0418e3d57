using DiplomacyBot.Core.Articles;

namespace DiplomacyBot.Core.Answering;

/// <summary>A candidate sentence with the features it was ranked on.</summary>
internal sealed record ScoredSentence(Article Article, Sentence Sentence, double Score, double Coverage, double Bm25, double TypeFit);
