namespace DiplomacyBot.Core.Answering;

/// <summary>
/// An answer being composed after retrieval and the checks every question goes through: the ranked candidates, the
/// sentence chosen to lead so far, and the best one holding the fact asked for (when the question asks for one).
/// </summary>
internal sealed class AnswerDraft(string question, AnalyzedQuestion analyzed, List<ScoredSentence> ranked)
{
    public string Question { get; } = question;

    public AnalyzedQuestion Analyzed { get; } = analyzed;

    public List<ScoredSentence> Ranked { get; private set; } = ranked;

    public ScoredSentence Best { get; private set; } = ranked[0];

    public ScoredSentence? Holding { get; set; }

    /// <summary>
    /// Whether the answer must state one fact (a date, person, place, figure or length of time, how something was
    /// taken, how a vote came out, an offer answered or a subject spoken of, the value of the property asked for, or
    /// the name of a body, what was done, whether a decision was taken).
    /// </summary>
    public bool Factual => AnswerFacts.IsFactual(Analyzed.Type) || Analyzed.AsksForDate || Analyzed.AsksReaction || Analyzed.AsksConcern || Analyzed.AsksVoteResult || Analyzed.AsksResponse || (Analyzed.AsksMention && Analyzed.Focus.Count > 0) || Analyzed.Attribute is not null || Analyzed.WhatDeed is not null || Analyzed.AsksDecision
        || Analyzed.Speaker is not null || Analyzed.AsksBodyName;

    /// <summary>Makes <paramref name="lead"/> the leading sentence, the others following in their order.</summary>
    public void Lead(ScoredSentence lead)
    {
        Best = lead;
        Ranked = [lead, .. Ranked.Where(s => s != lead)];
    }
}
