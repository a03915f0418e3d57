namespace DiplomacyBot.Core.Answering;

public sealed partial class ExtractiveAnswerer
{
    /// <summary>"How many ...?", "how long ...?": the best sentence that states the figure or the length of time.</summary>
    private Answer AnswerFigure(AnswerDraft draft)
    {
        return Unstated(draft) ?? Finish(draft);
    }
}
